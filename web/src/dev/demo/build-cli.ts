// `npm run build:demo` (run by `npm start`): builds the extensions and the admin when their sources changed since
// the last build, so a second start does not wait for builds it does not need.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withBuildLock } from './build-lock.js';
import { DEMO_BUILDS, freshness } from './stale-builds.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

await withBuildLock(path.join(root, 'node_modules/.cache'), async () => {
  for (const step of DEMO_BUILDS) {
    const state = await freshness(step, root);
    if (state.kind === 'fresh') {
      process.stdout.write(`build ${step.name}: up to date\n`);
      continue;
    }
    process.stdout.write(`build ${step.name}: ${state.reason}, building…\n`);
    const started = Date.now();
    const [command = 'npm', ...args] = step.command;
    const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0) {
      process.stderr.write(`build ${step.name} failed (${step.command.join(' ')}); run it to see why\n`);
      process.exitCode = result.status ?? 1;
      return;
    }
    process.stdout.write(`build ${step.name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
});
