/** Where status lines go: the terminal in `npm start`, a buffer in tests. */
export interface StatusOutput {
  write(text: string): void;
  /** A TTY: progress rewrites one line; otherwise progress lines are printed at most every `progressEveryMs`. */
  readonly interactive: boolean;
}

export interface StatusReporter {
  /**
   * Runs one named step: prints "… name" while it runs (with the progress it reports), then "✓ name summary (time)"
   * or "✗ name message" and rethrows.
   */
  step<T>(
    name: string,
    run: (progress: (detail: string) => void) => Promise<T>,
    summary: (result: T) => string,
  ): Promise<T>;
  /** A plain line (URLs, hints). */
  line(text: string): void;
  /** Milliseconds since `startedAt` (default: when the reporter was created). */
  elapsedMs(): number;
}

const NAME_WIDTH = 9;

export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** One status line per step with progress: the story of `npm start` as a user reads it. */
export function createStatusReporter(
  output: StatusOutput,
  options: { now?: () => number; startedAt?: number; progressEveryMs?: number } = {},
): StatusReporter {
  const now = options.now ?? Date.now;
  const started = options.startedAt ?? now();
  const every = options.progressEveryMs ?? 2_000;
  const pad = (name: string) => name.padEnd(NAME_WIDTH);
  return {
    async step(name, run, summary) {
      const stepStarted = now();
      let lastPrinted = Number.NEGATIVE_INFINITY;
      let open = false;
      const progress = (detail: string) => {
        if (output.interactive) {
          output.write(`\r\x1b[2K  … ${pad(name)} ${detail}`);
          open = true;
        } else {
          const at = now();
          if (at - lastPrinted < every) return;
          output.write(`  … ${pad(name)} ${detail}\n`);
          lastPrinted = at;
        }
      };
      const finish = (text: string) => output.write(`${open ? '\r\x1b[2K' : ''}${text}\n`);
      try {
        const result = await run(progress);
        finish(`  ✓ ${pad(name)} ${summary(result)} (${formatSeconds(now() - stepStarted)})`);
        return result;
      } catch (error) {
        finish(`  ✗ ${pad(name)} ${error instanceof Error ? error.message : String(error)}`);
        throw error;
      }
    },
    line(text) {
      output.write(`${text}\n`);
    },
    elapsedMs: () => now() - started,
  };
}
