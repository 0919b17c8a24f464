// axe-core in the browser tests: runs in the page and in each of its frames (checkout's extension targets render
// in frames), and reports the serious and critical violations WCAG 2.x A/AA rules find.
import axe from 'axe-core';
import type { Frame, Page } from 'playwright-core';

export interface AxeViolation {
  readonly rule: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
  readonly frame: string;
}

interface AxeResult {
  readonly violations: readonly {
    id: string;
    impact?: string | null;
    help: string;
    nodes: readonly { target: readonly unknown[] }[];
  }[];
}

async function runIn(frame: Frame): Promise<AxeViolation[]> {
  const loaded = await frame.evaluate(() => 'axe' in window).catch(() => false);
  if (!loaded) await frame.addScriptTag({ content: axe.source });
  const result = (await frame.evaluate(() =>
    (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<unknown> } }).axe.run(
      document,
      {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        resultTypes: ['violations'],
        // Frames are checked one by one from here, each with its own copy of axe.
        iframes: false,
      },
    ),
  )) as AxeResult;
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
      frame: frame.url(),
    }));
}

/** Serious and critical axe violations in the page and all its frames (empty when there are none). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const all: AxeViolation[] = [];
  for (const frame of page.frames()) {
    if (frame.isDetached() || frame.url() === 'about:blank' || frame.url() === '') continue;
    all.push(...(await runIn(frame)));
  }
  return all;
}
