import { spawn } from 'node:child_process';
import path from 'node:path';
import { withBuildLock } from './build-lock.js';
import { freshness, type BuildStep } from './stale-builds.js';

export type BuildsOutcome =
  { readonly kind: 'built' } | { readonly kind: 'failed'; readonly step: string; readonly command: string };

/**
 * Runs the steps whose outputs are missing or older than their inputs, one process at a time across the machine
 * (`withBuildLock`): `npm start` and the browser suites, which run in parallel jest workers, share one build of the
 * admin instead of each emptying web/frontend/dist under the others' feet. Builds are production builds whatever
 * the caller runs under (jest sets NODE_ENV=test, which would make Vite build for development).
 */
export async function runStaleBuilds(
  root: string,
  steps: readonly BuildStep[],
  log: (line: string) => void = () => undefined,
): Promise<BuildsOutcome> {
  return withBuildLock(path.join(root, 'node_modules/.cache'), async () => {
    for (const step of steps) {
      const state = await freshness(step, root);
      if (state.kind === 'fresh') {
        log(`build ${step.name}: up to date`);
        continue;
      }
      log(`build ${step.name}: ${state.reason}, building…`);
      const started = Date.now();
      // env(1) overrides NODE_ENV and passes the rest of the environment on.
      const status = await new Promise<number | null>((resolve, reject) =>
        spawn('/usr/bin/env', ['NODE_ENV=production', ...step.command], {
          cwd: root,
          stdio: ['ignore', 'ignore', 'inherit'],
        })
          .on('error', reject)
          .on('close', resolve),
      );
      if (status !== 0) return { kind: 'failed', step: step.name, command: step.command.join(' ') };
      log(`build ${step.name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    return { kind: 'built' };
  });
}
