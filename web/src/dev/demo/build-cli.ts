// `npm run build:demo` (run by `npm start`): builds the extensions and the admin when their sources changed since
// the last build, so a second start does not wait for builds it does not need.
import { fileURLToPath } from 'node:url';
import { runStaleBuilds } from './run-stale-builds.js';
import { DEMO_BUILDS } from './stale-builds.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

const outcome = await runStaleBuilds(root, DEMO_BUILDS, (line) => process.stdout.write(`${line}\n`));
if (outcome.kind === 'failed') {
  process.stderr.write(`build ${outcome.step} failed (${outcome.command}); run it to see why\n`);
  process.exitCode = 1;
}
