import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: repo, overrideConfigFile: '.config/eslint.config.js' });

/** Lints a fixture's text as if it lived at `asPath`, returning the rule ids that fired. */
async function rulesFired(fixture: string, asPath: string): Promise<string[]> {
  const text = readFileSync(new URL(`./lint-fixtures/${fixture}`, import.meta.url), 'utf8');
  const [result] = await eslint.lintText(text, { filePath: `${repo}/${asPath}` });
  return (result?.messages ?? []).map((message) => message.ruleId ?? `fatal: ${message.message}`);
}

describe('project lint rules', () => {
  it('allow a clean file', async () => {
    expect(await rulesFired('clean.ts', 'web/src/pairing/clean.ts')).toEqual([]);
  });

  it('forbid process.env outside web/src/config.ts', async () => {
    expect(await rulesFired('reads-process-env.ts', 'web/src/http/server-port.ts')).toEqual([
      'no-restricted-properties',
    ]);
    expect(await rulesFired('reads-process-env.ts', 'web/src/config.ts')).toEqual([]);
  });

  it.each(['web/src/pairing/miner.ts', 'extensions/offer-core/src/decide.ts'])(
    'forbid I/O and UI imports in the pure core at %s',
    async (asPath) => {
      const fired = await rulesFired('pure-core-imports-io.ts', asPath);
      expect(fired).toEqual(Array(5).fill('no-restricted-imports'));
    },
  );

  it('let non-core code import I/O', async () => {
    expect(await rulesFired('pure-core-imports-io.ts', 'web/src/http/io.ts')).toEqual([]);
  });

  it('fence dev-only code: no production module imports the demo, the preview or the emulator', async () => {
    const fired = async (asPath: string): Promise<string[]> =>
      (await rulesFired('imports-dev-code.ts', asPath)).sort();
    expect(await fired('web/src/http/routes/thing.ts')).toEqual([
      'no-restricted-imports',
      'no-restricted-imports',
      'no-restricted-syntax',
      'no-restricted-syntax',
    ]);
    expect(await fired('web/src/pairing/thing.ts')).toEqual([
      'no-restricted-imports',
      'no-restricted-imports',
      'no-restricted-syntax',
      'no-restricted-syntax',
    ]);
    // The composition roots may load the dev entry lazily, and nothing else of it.
    expect(await fired('web/src/app.ts')).toEqual([
      'no-restricted-imports',
      'no-restricted-imports',
      'no-restricted-syntax',
    ]);
    expect(await fired('web/src/dev/demo/thing.ts')).toEqual([]);
  });

  it('forbid default exports except in Shopify extension entry files', async () => {
    expect(await rulesFired('default-export.ts', 'web/src/store/thing.ts')).toEqual(['no-restricted-syntax']);
    expect(await rulesFired('default-export.ts', 'extensions/checkout-offers/src/targets/block.ts')).toEqual(
      [],
    );
  });
});
