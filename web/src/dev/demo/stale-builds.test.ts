import { mkdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { freshness, type BuildStep } from './stale-builds.js';
import { useTempDirs } from './testing/temp-dirs.js';

const STEP: BuildStep = {
  name: 'ext',
  inputs: ['src', 'package.json'],
  outputs: ['dist/bundle.js'],
  command: ['true'],
};

async function file(root: string, relative: string, secondsAgo: number): Promise<void> {
  const target = path.join(root, relative);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, 'x');
  const at = new Date(Date.now() - secondsAgo * 1_000);
  await utimes(target, at, at);
}

describe('freshness of a demo build', () => {
  const tempDir = useTempDirs('tandem-build-');

  it('is stale without its output, fresh after a build, stale again when an input changes', async () => {
    // Given sources and no build
    const root = await tempDir();
    await file(root, 'src/a/index.ts', 300);
    await file(root, 'package.json', 300);
    await utimes(path.join(root, 'src/a'), new Date(Date.now() - 300_000), new Date(Date.now() - 300_000));
    await utimes(path.join(root, 'src'), new Date(Date.now() - 300_000), new Date(Date.now() - 300_000));
    expect(await freshness(STEP, root)).toEqual({ kind: 'stale', reason: 'dist/bundle.js is missing' });

    // When it is built after the last edit
    await file(root, 'dist/bundle.js', 100);
    // Then it is fresh, even when node_modules under an input changes
    await file(root, 'src/node_modules/dep/index.js', 10);
    await utimes(path.join(root, 'src'), new Date(Date.now() - 300_000), new Date(Date.now() - 300_000));
    expect(await freshness(STEP, root)).toEqual({ kind: 'fresh' });

    // And a later edit of a nested source makes it stale, naming the input
    await file(root, 'src/a/index.ts', 5);
    expect(await freshness(STEP, root)).toEqual({ kind: 'stale', reason: 'src changed' });
  });
});
