import { describe, expect, it } from '@jest/globals';
import { createStatusReporter } from './status.js';

function recorder(interactive: boolean) {
  const written: string[] = [];
  return { output: { write: (text: string) => void written.push(text), interactive }, written };
}

describe('the demo status reporter', () => {
  it('prints one line per finished step with its summary and time, and progress at most every interval', async () => {
    // Given a non-interactive terminal (a pipe) and a clock that moves 1 s per reading
    let clock = 0;
    const { output, written } = recorder(false);
    const status = createStatusReporter(output, { now: () => (clock += 1_000), progressEveryMs: 2_000 });

    // When a step reports progress three times and finishes
    const result = await status.step(
      'sync',
      async (progress) => {
        progress('10%');
        progress('20%');
        progress('30%');
        return 42;
      },
      (value) => `${value} orders`,
    );

    // Then progress lines are throttled and the step ends with ✓, its summary and duration
    expect(result).toBe(42);
    expect(written.join('')).toBe('  … sync      10%\n  … sync      30%\n  ✓ sync      42 orders (4.0 s)\n');
  });

  it('rewrites one line on a terminal and ends a failed step with ✗ and the reason', async () => {
    // Given an interactive terminal
    const { output, written } = recorder(true);
    const status = createStatusReporter(output);

    // When a step reports progress and fails
    const failing = status.step(
      'install',
      async (progress) => {
        progress('exchanging the token');
        throw new Error('the emulator refused the token');
      },
      () => 'never',
    );

    // Then the failure is rethrown and printed over the progress line
    await expect(failing).rejects.toThrow('the emulator refused the token');
    expect(written).toEqual([
      '\r\x1b[2K  … install   exchanging the token',
      '\r\x1b[2K  ✗ install   the emulator refused the token\n',
    ]);
  });

  it('counts elapsed time from the given start', () => {
    // Given a reporter whose start lies 3 s before now
    const status = createStatusReporter(recorder(false).output, { now: () => 10_000, startedAt: 7_000 });
    // When the elapsed time is read
    // Then it includes the time before the reporter existed
    expect(status.elapsedMs()).toBe(3_000);
  });
});
