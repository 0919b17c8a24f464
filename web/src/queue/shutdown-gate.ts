import { NonRetryableError, UnavailableError } from '../errors.js';
import { settlesWithin, type Scheduler } from './scheduler.js';
import { toError } from './settings.js';
import type { CloseOptions, JobContext, JobHandler } from './types.js';

/**
 * How one try of a handler ended. `handed-back`: shutdown aborted it; `stopped` says whether the handler
 * actually returned (false: it ignored the signal and may still be running, so its locks must not be freed).
 */
export type RunOutcome =
  | { readonly kind: 'completed' }
  | { readonly kind: 'failed'; readonly error: Error }
  | { readonly kind: 'handed-back'; readonly stopped: boolean };

/**
 * The handler for a job name. The types demand one per name, but a job can still arrive without one (a newer
 * producer during a rolling deploy): it fails at once with a message saying so, rather than retrying.
 */
export function handlerFor(
  handlers: Readonly<Record<string, JobHandler<unknown>>>,
  name: string,
): JobHandler<unknown> {
  return (
    handlers[name] ??
    (async () => {
      throw new NonRetryableError(`No handler is registered for job "${name}"`);
    })
  );
}

export const DEFAULT_GRACE_MS = 10_000;
export const DEFAULT_ABORT_WAIT_MS = 1_000;

/**
 * Runs handlers and shuts them down gracefully; both runners use it so close() means the same everywhere:
 * wait `graceMs` for active tries, then abort their signals, wait `abortWaitMs`, and hand back what did not
 * complete.
 */
export class ShutdownGate {
  private readonly shutdown = new AbortController();
  private readonly runs = new Set<Promise<RunOutcome>>();
  /** Per-run "stop waiting" callbacks. Per run, not one shared promise: racing every run against one
   * long-lived pending promise would pile up reactions on it for the life of the process. */
  private readonly giveUps = new Set<() => void>();

  constructor(private readonly scheduler: Scheduler) {}

  /** True once the grace period ran out. */
  get aborted(): boolean {
    return this.shutdown.signal.aborted;
  }

  /** One try of a handler. `signals` add other reasons to abort it (BullMQ: lost locks, its own cancel). */
  run<Payload>(
    handler: JobHandler<Payload>,
    payload: Payload,
    context: Omit<JobContext, 'signal'>,
    signals: readonly AbortSignal[] = [],
  ): Promise<RunOutcome> {
    // A job fetched just as the grace period ended goes straight back.
    if (this.aborted) return Promise.resolve({ kind: 'handed-back', stopped: true });
    const { signal, unlink } = linkedSignal([this.shutdown.signal, ...signals]);
    const settled = Promise.resolve()
      .then(() => handler(payload, { ...context, signal }))
      .then(
        (): RunOutcome => ({ kind: 'completed' }),
        (error: unknown): RunOutcome =>
          // An error after the shutdown abort is the handler stopping as asked, not a failure of the job.
          this.aborted ? { kind: 'handed-back', stopped: true } : { kind: 'failed', error: toError(error) },
      );
    const run = new Promise<RunOutcome>((resolve) => {
      const giveUp = () => resolve({ kind: 'handed-back', stopped: false });
      this.giveUps.add(giveUp);
      void settled.then((outcome) => {
        this.giveUps.delete(giveUp);
        unlink();
        resolve(outcome);
      });
    });
    this.runs.add(run);
    void run.then(() => this.runs.delete(run));
    return run;
  }

  /** Resolves when every run has ended or been given up on. */
  async drain(options: CloseOptions = {}): Promise<void> {
    const graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
    const abortWaitMs = options.abortWaitMs ?? DEFAULT_ABORT_WAIT_MS;
    if (await settlesWithin(this.idle(), graceMs, this.scheduler)) return;
    this.shutdown.abort(new UnavailableError('The job queue is shutting down; the job will be handed back'));
    this.scheduler.setTimer(() => {
      for (const giveUp of this.giveUps) giveUp();
    }, abortWaitMs);
    await this.idle();
  }

  /** Runs can still start while draining (BullMQ: a fetch in flight), so wait until none is left. */
  private async idle(): Promise<void> {
    while (this.runs.size > 0) await Promise.all(this.runs);
  }
}

/**
 * One signal that aborts when any source does, with a way to detach from the sources once the run is over,
 * so the long-lived shutdown signal does not collect a listener per job.
 */
function linkedSignal(sources: readonly AbortSignal[]): { signal: AbortSignal; unlink: () => void } {
  const controller = new AbortController();
  const onAbort = (event: Event) => controller.abort((event.target as AbortSignal).reason);
  for (const source of sources) {
    if (source.aborted) controller.abort(source.reason);
    else source.addEventListener('abort', onAbort, { once: true });
  }
  return {
    signal: controller.signal,
    unlink: () => {
      for (const source of sources) source.removeEventListener('abort', onAbort);
    },
  };
}
