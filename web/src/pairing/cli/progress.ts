const WIDTH = 30;
const INTERVAL_MS = 100;

export interface ProgressSink {
  readonly write: (text: string) => void;
  /** Redraw one line in place (a terminal); otherwise print a line every quarter. */
  readonly interactive: boolean;
}

/** A progress bar over bytes read, throttled so it costs nothing next to the work. */
export function progressBar(
  label: string,
  sink: ProgressSink,
): { update: (done: number, total: number) => void; finish: () => void } {
  let last = 0;
  let lastQuarter = -1;
  const render = (done: number, total: number): string => {
    const share = total > 0 ? Math.min(1, done / total) : 1;
    const filled = Math.round(share * WIDTH);
    return `${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${(share * 100).toFixed(0).padStart(3)}%`;
  };
  return {
    update(done, total) {
      const now = Date.now();
      if (sink.interactive) {
        if (now - last < INTERVAL_MS) return;
        last = now;
        sink.write(`\r${render(done, total)}`);
        return;
      }
      const quarter = total > 0 ? Math.floor((4 * done) / total) : 4;
      if (quarter === lastQuarter) return;
      lastQuarter = quarter;
      sink.write(`${render(done, total)}\n`);
    },
    finish() {
      if (sink.interactive) sink.write(`\r${render(1, 1)}\n`);
    },
  };
}
