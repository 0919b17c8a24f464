// `npm run build` on a clean clone, then the extension bundles exactly as `shopify app build` makes them: our
// workspace packages resolved through their package.json default export (dist/), not their sources. Shopify
// CLI 4.8.2 itself needs Node >= 22.12; where that runs, README "Deploy to Shopify" runs the CLI on the result.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, lstat, mkdir, mkdtemp, readdir, readlink, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { buildExtension } from '../../bench/bundle/build-extensions.js';
import { readAppToml } from '../../support/app-toml.js';

jest.setTimeout(600_000);

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../../..');
const DEPLOYED = readAppToml().root['extension_directories'] as readonly string[];

/** The tracked files of this checkout (what a clone has), with the installed packages linked in, no build output. */
async function cleanClone(): Promise<string> {
  const clone = await mkdtemp(path.join(os.tmpdir(), 'tandem-clone-'));
  const { stdout } = await run('git', ['ls-files', '-z'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  for (const file of stdout.split('\0').filter(Boolean)) {
    if (!existsSync(path.join(ROOT, file))) continue; // deleted in the working tree
    await mkdir(path.dirname(path.join(clone, file)), { recursive: true });
    await cp(path.join(ROOT, file), path.join(clone, file));
  }
  // `npm ci` would take minutes; link each installed package instead, and our workspaces to the clone's own.
  for (const dir of ['node_modules', 'web/node_modules', 'extensions/checkout-offers-react/node_modules']) {
    await mkdir(path.join(clone, dir), { recursive: true });
    for (const entry of await readdir(path.join(ROOT, dir))) {
      if (entry === '@tandem') continue;
      await symlink(path.join(ROOT, dir, entry), path.join(clone, dir, entry));
    }
  }
  await mkdir(path.join(clone, 'node_modules/@tandem'));
  for (const entry of await readdir(path.join(ROOT, 'node_modules/@tandem'))) {
    const link = path.join(ROOT, 'node_modules/@tandem', entry);
    if ((await lstat(link)).isSymbolicLink())
      await symlink(await readlink(link), path.join(clone, 'node_modules/@tandem', entry));
  }
  return clone;
}

describe('a clean clone', () => {
  let clone: string | undefined;
  afterEach(async () => {
    if (clone) await rm(clone, { recursive: true, force: true });
  });

  it('builds every workspace with npm run build, after which the deployed extensions bundle as the CLI bundles them', async () => {
    // Given a clone with nothing built
    clone = await cleanClone();
    expect(existsSync(path.join(clone, 'extensions/offer-core/dist'))).toBe(false);
    const bundle = (dir: string) =>
      buildExtension(path.basename(dir), {
        extensionsDir: path.join(clone ?? '', 'extensions'),
        fromSources: false,
      });
    // Then bundling before the build fails as the CLI's did (the offer core resolves to a dist/ not built yet)
    await expect(bundle(DEPLOYED[0] ?? '')).rejects.toThrow(/Could not resolve "@tandem\/offer-core"/);

    // When the workspaces are built
    // (NODE_ENV=production whatever jest runs under, as a deploy would; jest's "test" makes a development build)
    await run('/usr/bin/env', ['NODE_ENV=production', 'npm', 'run', 'build'], { cwd: clone }).catch(
      (error: { stdout?: string; stderr?: string }) => {
        throw new Error(`npm run build failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
      },
    );

    // Then the backend, the emulator, the offer core and the admin are built, and every deployed extension bundles
    for (const output of [
      'web/dist/index.js',
      'web/emulator/dist/index.js',
      'extensions/offer-core/dist/index.js',
      'web/frontend/dist/index.html',
    ])
      expect([output, existsSync(path.join(clone, output))]).toEqual([output, true]);
    for (const dir of DEPLOYED) {
      const built = await bundle(dir);
      expect(built.outfile.startsWith(clone)).toBe(true);
      // Both use the offer core: from its built dist/, as the CLI resolves it
      expect(Object.keys(built.metafile.inputs).some((input) => input.includes('offer-core/dist/'))).toBe(
        true,
      );
    }
  });
});
