// `npm start` with real credentials is production: it must load none of the dev-only code (web/src/dev: the local
// demo, the checkout preview, the embedded emulator) nor the Shopify emulator package. The lint rule stops static
// imports; this starts the real entry and records every module Node resolves, which also catches dynamic ones.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, jest } from '@jest/globals';

jest.setTimeout(120_000);

const ROOT = path.resolve(import.meta.dirname, '../../..');
const DEV_ONLY = [/\/web\/src\/dev\//, /\/web\/emulator\//, /\/node_modules\/@tandem\/emulator\//];

const REAL_APP = [
  'SHOPIFY_API_KEY=prod-client-id',
  'SHOPIFY_API_SECRET=prod-client-secret',
  'SHOPIFY_APP_URL=https://tandem.example.com',
  `TOKEN_ENCRYPTION_KEY=${Buffer.alloc(32, 7).toString('base64')}`,
];

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/**
 * Starts web/src/index.ts as `npm start` does (tsx, source condition) with `settings` on top of the inherited
 * environment, waits for "Tandem is ready", stops it, and returns the file URLs of every module it resolved.
 */
async function modulesLoadedBy(settings: readonly string[]): Promise<string[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tandem-prod-start-'));
  dirs.push(dir);
  const record = path.join(dir, 'resolved.txt');
  // Resolve hooks run off the main thread; appending to a file is the simplest way out of it.
  await writeFile(
    path.join(dir, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(${JSON.stringify(record)}, result.url + '\\n');
  return result;
}
`,
  );
  await writeFile(
    path.join(dir, 'register.mjs'),
    `import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n`,
  );
  const child = spawn(
    'env',
    [
      '-u',
      'SHOPIFY_EMULATOR_URL',
      '-u',
      'DATABASE_URL',
      '-u',
      'REDIS_URL',
      ...settings,
      `DATA_DIR=${dir}`,
      'PORT=0',
      process.execPath,
      '--conditions=tandem-source',
      '--import',
      'tsx',
      '--import',
      pathToFileURL(path.join(dir, 'register.mjs')).href,
      'web/src/index.ts',
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "Tandem is ready" in 90 s:\n${output}`)), 90_000);
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes('Tandem is ready')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before it was ready:\n${output}`));
    });
  });
  child.removeAllListeners('exit');
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
  return (await readFile(record, 'utf8')).split('\n').filter((url) => url.startsWith('file:'));
}

const devModules = (urls: readonly string[]): string[] =>
  urls.filter((url) => DEV_ONLY.some((pattern) => pattern.test(url)));

describe('a production start', () => {
  it('loads no dev-only module and no emulator module', async () => {
    const loaded = await modulesLoadedBy(['NODE_ENV=production', ...REAL_APP]);
    // The recorder saw the app itself: an empty record would pass for the wrong reason.
    expect(loaded.some((url) => url.endsWith('/web/src/app.ts'))).toBe(true);
    expect(devModules(loaded)).toEqual([]);
  });

  it('is told apart from emulator mode, which does load the dev entry (the check above can fail)', async () => {
    // An external emulator that is never called during start-up: the app mounts the checkout preview from dev/.
    const loaded = await modulesLoadedBy(['SHOPIFY_EMULATOR_URL=http://127.0.0.1:9']);
    expect(loaded.some((url) => url.endsWith('/web/src/dev/index.ts'))).toBe(true);
  });
});
