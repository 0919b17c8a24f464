// `npm run build:extensions`: build every extension into its dist/.
import path from 'node:path';
import { buildExtensions } from './build-extensions.js';

for (const built of await buildExtensions())
  console.log(`built ${built.name} → ${path.relative(process.cwd(), built.outfile)}`);
