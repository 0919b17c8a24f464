/**
 * Time as the runners see it. Injected so the in-process runner can be driven step by step in unit tests;
 * production uses the system clock and timers.
 */
export interface Scheduler {
  now(): number;
  /** Calls `callback` after `ms`; returns a function that cancels it. */
  setTimer(callback: () => void, ms: number): () => void;
}

export const systemScheduler: Scheduler = {
  now: () => Date.now(),
  setTimer(callback, ms) {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  },
};

/** Resolves true when `promise` settles within `ms`, false when the time runs out first. */
export async function settlesWithin(
  promise: Promise<unknown>,
  ms: number,
  scheduler: Scheduler,
): Promise<boolean> {
  let cancel: () => void = () => undefined;
  const timeout = new Promise<false>((resolve) => {
    cancel = scheduler.setTimer(() => resolve(false), ms);
  });
  try {
    return await Promise.race([
      promise.then(
        () => true,
        () => true,
      ),
      timeout,
    ]);
  } finally {
    cancel();
  }
}
