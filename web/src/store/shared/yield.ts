/**
 * Lets the event loop serve what is waiting (other requests, `/healthz`) before the next step of a long read.
 * better-sqlite3 runs each query synchronously on the main thread and Kysely's awaits between queries are
 * microtasks, so a rollup made of a hundred queries would otherwise hold every request until it ends.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
