import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from '@jest/globals';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const FRONTEND = path.join(ROOT, 'web/frontend');
/** Strings only the dev shim and its server routes contain. */
const SHIM_MARKERS = ['__TANDEM_DEV_SHIM__', '/dev/session-token', 'app-bridge-shim', 'installTandemDevShim'];

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

describe('the production build of the admin', () => {
  let out: string | undefined;
  afterEach(async () => {
    if (out) await rm(out, { recursive: true, force: true });
  });

  it('loads App Bridge from Shopify in <head> first and ships no part of the dev shim', async () => {
    // Given a fresh production build
    out = await mkdtemp(path.join(os.tmpdir(), 'tandem-admin-build-'));
    // NODE_ENV=production: jest runs under "test", which would give a development build.
    await promisify(execFile)(
      '/usr/bin/env',
      [
        'NODE_ENV=production',
        path.join(ROOT, 'node_modules/.bin/vite'),
        'build',
        '--config',
        'vite.config.ts',
        '--outDir',
        out,
        '--emptyOutDir',
        '--logLevel',
        'warn',
      ],
      { cwd: FRONTEND },
    );

    // When its files are read
    const built = await files(out);
    const html = await readFile(path.join(out, 'index.html'), 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));

    // Then App Bridge's CDN script is the first script in <head>, before the app's own module
    const appBridge = head.indexOf(
      '<script src="https://cdn.shopify.com/shopifycloud/app-bridge.js"></script>',
    );
    expect(appBridge).toBeGreaterThan(0);
    expect(head.indexOf('<script', 0)).toBe(appBridge);
    expect(head.indexOf('<script type="module"')).toBeGreaterThan(appBridge);

    // And no built file mentions the shim or its token endpoint
    for (const file of built) {
      const text = await readFile(file, 'utf8');
      for (const marker of SHIM_MARKERS)
        expect({ file: path.relative(out, file), has: text.includes(marker) }).toEqual({
          file: path.relative(out, file),
          has: false,
        });
    }
    // And it is React's production build (a development build would be slower and chattier)
    const scripts = await Promise.all(
      built.filter((file) => file.endsWith('.js')).map((file) => readFile(file, 'utf8')),
    );
    expect(scripts.some((text) => text.includes('react-devtools') || text.includes('jsxDEV'))).toBe(false);
    // And the shim is a source file, served only by the emulator-mode route, never an output of the build
    expect((await stat(path.join(FRONTEND, 'dev/app-bridge-shim.js'))).isFile()).toBe(true);
    expect(
      built.some((file) => file.endsWith('.js') && path.dirname(file) === path.join(out ?? '', 'assets')),
    ).toBe(true);
  });
});
