/**
 * Retry delays: pure exponential backoff with optional jitter. Pure so it can be tested exactly and shared by
 * both runners (BullMQ calls it through its custom backoff strategy).
 */
export interface BackoffOptions {
  /** Delay after the first failed attempt. */
  readonly baseMs: number;
  /** No delay exceeds this. */
  readonly maxMs: number;
  /**
   * Share of the delay that is randomised, 0…1: the result lies in [delay·(1−jitter), delay]. Jitter keeps
   * many jobs that failed together (a Shopify outage) from retrying in lockstep.
   */
  readonly jitter: number;
  /** Source of randomness in [0, 1); inject a fixed one for deterministic tests. */
  readonly random: () => number;
}

export const DEFAULT_BACKOFF: Omit<BackoffOptions, 'random'> = {
  baseMs: 1_000,
  maxMs: 5 * 60_000,
  jitter: 0.2,
};

/**
 * Delay before the next try after attempt `attempt` (1-based) failed: min(maxMs, baseMs·2^(attempt−1)), minus
 * up to `jitter` of it. Always an integer in [0, maxMs].
 */
export function backoffDelay(attempt: number, options: BackoffOptions): number {
  assertBackoff(attempt, options);
  // 2 ** (attempt - 1) overflows to Infinity for huge attempts; min() still yields maxMs.
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** (attempt - 1));
  const sample = options.random();
  if (!(sample >= 0 && sample < 1))
    throw new RangeError(`backoff random() must return a number in [0, 1); got ${sample}`);
  return Math.floor(ceiling - ceiling * options.jitter * sample);
}

function assertBackoff(attempt: number, { baseMs, maxMs, jitter }: BackoffOptions): void {
  const problems: string[] = [];
  if (!Number.isInteger(attempt) || attempt < 1)
    problems.push(`attempt must be an integer ≥ 1 (got ${attempt})`);
  if (!Number.isFinite(baseMs) || baseMs < 0)
    problems.push(`baseMs must be a finite number ≥ 0 (got ${baseMs})`);
  if (!Number.isFinite(maxMs) || maxMs < baseMs)
    problems.push(`maxMs must be a finite number ≥ baseMs (got ${maxMs})`);
  if (!(jitter >= 0 && jitter <= 1)) problems.push(`jitter must be in [0, 1] (got ${jitter})`);
  if (problems.length > 0) throw new RangeError(`Invalid backoff: ${problems.join('; ')}`);
}
