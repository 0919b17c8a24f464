import type { SyncEvent } from './types.js';

const WIDTH = 28;
const number = new Intl.NumberFormat('en-US');

/** One bar line, e.g. `products  [██████░░░░…]  1,250 / 5,000  25%`. */
export function renderBar(phase: string, done: number, total: number | null): string {
  const label = phase.padEnd(9);
  if (total === null || total <= 0) return `${label} ${number.format(done)}`;
  const share = Math.min(1, done / total);
  const filled = Math.round(share * WIDTH);
  return `${label} [${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${number.format(done)} / ${number.format(total)}  ${Math.floor(share * 100)}%`;
}

/** Text for one event, or null for events the progress display skips. */
export function describeEvent(
  event: SyncEvent,
): { readonly text: string; readonly transient: boolean } | null {
  switch (event.type) {
    case 'run-started':
      return {
        text: `sync ${event.runId} (${event.kind}, ${event.path}${event.resumedFrom ? `, resuming ${event.resumedFrom} at ${event.phase}` : ''})`,
        transient: false,
      };
    case 'phase-started':
      return { text: renderBar(event.phase, 0, event.total), transient: true };
    case 'progress':
      return { text: renderBar(event.phase, event.done, event.total), transient: true };
    case 'bulk-status':
      return {
        text: `${event.phase.padEnd(9)} bulk operation ${event.status.toLowerCase()} (${number.format(event.objectCount)} objects)`,
        transient: true,
      };
    case 'bulk-retry':
      return { text: `${event.phase}: ${event.reason}`, transient: false };
    case 'skipped':
      return {
        text: `${event.phase}: skipped ${event.id ?? '(unknown id)'}: ${event.reason}`,
        transient: false,
      };
    case 'swept':
      return {
        text: `removed ${number.format(event.deleted)} products no longer in Shopify`,
        transient: false,
      };
    case 'run-finished':
      return {
        text: `sync ${event.status}: ${Object.entries(event.counts)
          .map(([key, value]) => `${key} ${number.format(value)}`)
          .join(
            ', ',
          )}; cost ${number.format(event.costSpent)} points${event.message ? ` — ${event.message}` : ''}`,
        transient: false,
      };
  }
}

/**
 * Draws sync progress on a stream (stderr): on a terminal, bar lines redraw in place; elsewhere only lasting lines
 * (start, retries, skips, the summary) are written, so logs stay readable.
 */
export function createProgressBar(stream: {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}): (event: SyncEvent) => void {
  let drawn = false;
  return (event) => {
    const line = describeEvent(event);
    if (line === null) return;
    if (stream.isTTY) {
      stream.write(`${drawn ? '\r\x1b[2K' : ''}${line.text}${line.transient ? '' : '\n'}`);
      drawn = line.transient;
    } else if (!line.transient) {
      stream.write(`${line.text}\n`);
    }
  };
}
