import type { JobEvent, JobQueue, JobQueueSettings } from '@tandem/web/queue/index';

/** The job map the contract suite runs: one job, told what to do by its label. */
export type TestJobs = { work: { readonly label: string } };
export type TestQueue = JobQueue<TestJobs>;
export type TestEvent = JobEvent<TestJobs>;

/** A backend under test: fresh queues over one empty namespace, and a way to clean the namespace up. */
export interface JobQueueFixture {
  create(settings: JobQueueSettings): TestQueue;
  dispose(): Promise<void>;
}

/** What each part of the contract gets: a way to open fresh queues and to release blocked handlers at the end. */
export interface ContractKit {
  /** A queue over this test's own empty namespace, with fast backoff unless `settings` say otherwise. */
  open(settings?: JobQueueSettings): TestQueue;
  /** Runs after the test, before the queues close (e.g. to free a handler that ignores its signal). */
  onCleanup(cleanup: () => void): void;
}

/** Small, jitter-free backoff so retries take milliseconds and their delays are exact. */
export const FAST_BACKOFF = { baseMs: 10, maxMs: 40, jitter: 0 } as const;

export interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
}

export function deferred<T = void>(): Deferred<T> {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

/**
 * The first event that `matches`, from now on (subscribe before acting). The guard timer only turns a hang
 * into a readable failure; tests never rely on it for ordering.
 */
export function nextEvent(
  queue: TestQueue,
  matches: (event: TestEvent) => boolean,
  what = 'event',
): Promise<TestEvent> {
  return new Promise((resolve, reject) => {
    const guard = setTimeout(() => {
      unsubscribe();
      reject(new Error(`Timed out waiting for ${what}`));
    }, 20_000);
    const unsubscribe = queue.onEvent((event) => {
      if (!matches(event)) return;
      clearTimeout(guard);
      unsubscribe();
      resolve(event);
    });
  });
}

/** Resolves once `count` events that match have arrived; returns all events seen meanwhile. */
export async function eventsUntil(
  queue: TestQueue,
  count: number,
  matches: (event: TestEvent) => boolean,
): Promise<TestEvent[]> {
  const seen: TestEvent[] = [];
  let matched = 0;
  const done = deferred();
  const unsubscribe = queue.onEvent((event) => {
    seen.push(event);
    if (matches(event)) matched += 1;
    if (matched === count) done.resolve();
  });
  const guard = setTimeout(() => done.resolve(), 20_000);
  await done.promise;
  clearTimeout(guard);
  unsubscribe();
  if (matched < count) throw new Error(`Timed out after ${matched} of ${count} matching events`);
  return seen;
}

export const isKind =
  (kind: TestEvent['kind'], jobId?: string) =>
  (event: TestEvent): boolean =>
    event.kind === kind && (jobId === undefined || event.jobId === jobId);

/** The id of a job that must have been enqueued (not deduplicated). */
export async function enqueued(result: Promise<{ kind: string; jobId: string }>): Promise<string> {
  const outcome = await result;
  if (outcome.kind !== 'enqueued')
    throw new Error(`Expected a new job, got ${outcome.kind} (${outcome.jobId})`);
  return outcome.jobId;
}
