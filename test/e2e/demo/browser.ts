// Debian's chromium through playwright-core, headless, with nothing that phones home.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from './demo-process.js';

export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'test/artifacts/e2e-demo');

/** Screenshots of each step, numbered across pages, kept as test artifacts (test/artifacts is not committed). */
export function screenshots(): (page: Page, name: string) => Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  let step = 0;
  return async (page, name) => {
    step += 1;
    const file = path.join(ARTIFACTS_DIR, `${String(step).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    return file;
  };
}
