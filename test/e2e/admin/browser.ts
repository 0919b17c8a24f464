// Screenshots of the admin browser tests.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';

export const ARTIFACTS = path.resolve(import.meta.dirname, '../../artifacts/admin');

/** Saves a full-page screenshot under test/artifacts/admin/ and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
