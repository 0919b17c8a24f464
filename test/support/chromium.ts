// Debian's chromium through playwright-core, headless, with nothing that phones home: the browser tests and the
// admin bench use it.
import { chromium, type Browser } from 'playwright-core';

/** `extraArgs`: more switches, e.g. the framing test's opt-out of local-network checks. */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}
