import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** A build `npm start` needs: run `command` when any input is newer than the oldest output, or an output is missing. */
export interface BuildStep {
  readonly name: string;
  /** Files or folders (walked, skipping node_modules and dist), relative to the repository root. */
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  readonly command: readonly string[];
}

/** What `npm start` builds before the server starts: the extensions the checkout preview runs, and the admin. */
export const DEMO_BUILDS: readonly BuildStep[] = [
  {
    name: 'extensions',
    inputs: [
      'extensions/checkout-offers',
      'extensions/checkout-offers-react',
      'extensions/tandem-pixel',
      'extensions/offer-core/src',
      'test/bench/bundle',
      'package-lock.json',
    ],
    outputs: [
      'extensions/checkout-offers/dist/tandem-checkout-offers.js',
      'extensions/checkout-offers-react/dist/tandem-checkout-offers-react.js',
      'extensions/tandem-pixel/dist/tandem-pixel.js',
    ],
    command: ['npm', 'run', 'build:extensions'],
  },
  {
    name: 'admin',
    inputs: [
      'web/frontend/src',
      'web/frontend/index.html',
      'web/frontend/vite.config.ts',
      'web/frontend/package.json',
      'web/src/api-contract',
      'extensions/offer-core/src',
      'extensions/checkout-offers/locales',
      'package-lock.json',
    ],
    outputs: ['web/frontend/dist/index.html'],
    command: ['npm', 'run', 'build', '-w', '@tandem/frontend'],
  },
];

const SKIPPED = new Set(['node_modules', 'dist']);

/** Newest modification time under `target` (0 when it does not exist). */
export async function newestMtime(target: string): Promise<number> {
  let info;
  try {
    info = await stat(target);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(target, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name)) continue;
    newest = Math.max(newest, await newestMtime(path.join(target, entry.name)));
  }
  return newest;
}

export type Freshness = { readonly kind: 'fresh' } | { readonly kind: 'stale'; readonly reason: string };

export async function freshness(step: BuildStep, root: string): Promise<Freshness> {
  let oldestOutput = Number.POSITIVE_INFINITY;
  for (const output of step.outputs) {
    const mtime = await newestMtime(path.join(root, output));
    if (mtime === 0) return { kind: 'stale', reason: `${output} is missing` };
    oldestOutput = Math.min(oldestOutput, mtime);
  }
  for (const input of step.inputs) {
    if ((await newestMtime(path.join(root, input))) > oldestOutput)
      return { kind: 'stale', reason: `${input} changed` };
  }
  return { kind: 'fresh' };
}
