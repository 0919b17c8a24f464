import { randomUUID } from 'node:crypto';
import { ConfigError, isNonRetryable, UnavailableError } from '../errors.js';
import { backoffDelay } from './backoff.js';
import { DelayedJobs } from './delayed-jobs.js';
import { FairLanes, FREE_LANE, laneOf } from './fair-lanes.js';
import { IdempotencyKeys } from './idempotency-keys.js';
import { JobEvents } from './job-events.js';
import { systemScheduler, type Scheduler } from './scheduler.js';
import { prepareEnqueue, resolveSettings, type JobQueueSettings, type ResolvedEnqueue } from './settings.js';
import { handlerFor, ShutdownGate, type RunOutcome } from './shutdown-gate.js';
import type { CloseOptions, EnqueueOptions, EnqueueResult, JobEventListener, JobHandler } from './types.js';
import type { JobHandlers, JobMap, JobName, JobQueue, JobStats } from './types.js';

export interface InProcessQueueOptions extends JobQueueSettings {
  /** Clock and timers; inject to step through delays in tests. */
  readonly scheduler?: Scheduler;
  readonly newId?: () => string;
}

interface JobRecord<Jobs extends JobMap> {
  readonly id: string;
  readonly name: JobName<Jobs>;
  readonly payload: unknown;
  readonly options: ResolvedEnqueue;
  readonly lane: string;
  attemptsMade: number;
  runAt: number;
}

/**
 * The default runner: jobs live in this process's memory and die with it (fine for one process with SQLite;
 * scale mode uses BullMQ). Round-robin across serial keys, at most one job per key at a time.
 */
export function createInProcessQueue<Jobs extends JobMap>(
  options: InProcessQueueOptions = {},
): JobQueue<Jobs> {
  return new InProcessQueue<Jobs>(options);
}

class InProcessQueue<Jobs extends JobMap> implements JobQueue<Jobs> {
  private readonly settings;
  private readonly scheduler: Scheduler;
  private readonly newId: () => string;
  private readonly events;
  private readonly gate;
  private readonly keys;
  private readonly ready = new FairLanes<JobRecord<Jobs>>();
  private readonly delayed: DelayedJobs<JobRecord<Jobs>>;
  private readonly busyLanes = new Set<string>();
  private handlers: Readonly<Record<string, JobHandler<unknown>>> | undefined;
  private closing: Promise<void> | undefined;
  private counts = { active: 0, completed: 0, failed: 0 };

  constructor(options: InProcessQueueOptions) {
    this.settings = resolveSettings(options);
    this.scheduler = options.scheduler ?? systemScheduler;
    this.newId = options.newId ?? randomUUID;
    this.events = new JobEvents<Jobs>(this.settings.logger);
    this.gate = new ShutdownGate(this.scheduler);
    this.keys = new IdempotencyKeys(this.scheduler);
    this.delayed = new DelayedJobs(this.scheduler, (due) => {
      for (const record of due) this.ready.push(record.lane, record);
      this.pump();
    });
  }

  async enqueue<Name extends JobName<Jobs>>(
    name: Name,
    payload: Jobs[Name],
    options: EnqueueOptions = {},
  ): Promise<EnqueueResult> {
    const { options: resolved, payload: data } = prepareEnqueue(
      name,
      payload,
      options,
      this.settings,
      !!this.closing,
    );
    const held =
      resolved.idempotencyKey === undefined ? undefined : this.keys.holder(resolved.idempotencyKey);
    if (held !== undefined) return { kind: 'duplicate', jobId: held };
    const record: JobRecord<Jobs> = {
      id: this.newId(),
      name,
      payload: data,
      options: resolved,
      lane: laneOf(resolved.serialKey),
      attemptsMade: 0,
      runAt: this.scheduler.now() + resolved.delayMs,
    };
    if (resolved.idempotencyKey !== undefined) this.keys.hold(resolved.idempotencyKey, record.id);
    this.schedule(record);
    return { kind: 'enqueued', jobId: record.id };
  }

  async start(handlers: JobHandlers<Jobs>): Promise<void> {
    if (this.closing) throw new UnavailableError('The job queue is closed');
    if (this.handlers) throw new ConfigError('The job queue was already started');
    this.handlers = handlers as Readonly<Record<string, JobHandler<unknown>>>;
    this.pump();
  }

  async cancel(serialKey: string): Promise<number> {
    const dropped = [
      ...this.ready.drop(laneOf(serialKey)),
      ...this.delayed.remove((record) => record.options.serialKey === serialKey),
    ];
    for (const record of dropped) this.keys.release(record.options.idempotencyKey, record.id);
    return dropped.length;
  }

  async stats(): Promise<JobStats> {
    return { waiting: this.ready.size + this.delayed.size, ...this.counts };
  }

  async ping(): Promise<void> {
    if (this.closing) throw new UnavailableError('The in-process job queue is closed');
  }

  onEvent(listener: JobEventListener<Jobs>): () => void {
    return this.events.on(listener);
  }

  close(options?: CloseOptions): Promise<void> {
    this.closing ??= (async () => {
      this.delayed.stop();
      await this.gate.drain(options);
    })();
    return this.closing;
  }

  private schedule(record: JobRecord<Jobs>): void {
    if (record.runAt > this.scheduler.now()) {
      this.delayed.add(record);
    } else {
      this.ready.push(record.lane, record);
      this.pump();
    }
  }

  private pump(): void {
    while (this.handlers && !this.closing && this.counts.active < this.settings.concurrency) {
      const record = this.ready.take((lane) => !this.busyLanes.has(lane));
      if (!record) return;
      this.run(record, handlerFor(this.handlers, record.name));
    }
  }

  private run(record: JobRecord<Jobs>, handler: JobHandler<unknown>): void {
    this.counts.active += 1;
    if (record.lane !== FREE_LANE) this.busyLanes.add(record.lane);
    const attempt = record.attemptsMade + 1;
    const log = this.settings.logger.child({ jobId: record.id, job: record.name, attempt });
    const outcome = this.gate.run(handler, record.payload, { jobId: record.id, attempt, log });
    void outcome.then((result) => this.finish(record, attempt, result));
  }

  private finish(record: JobRecord<Jobs>, attempt: number, outcome: RunOutcome): void {
    this.counts.active -= 1;
    this.busyLanes.delete(record.lane);
    const { id: jobId, name } = record;
    if (outcome.kind === 'completed') {
      this.counts.completed += 1;
      this.keys.complete(record.options.idempotencyKey, jobId, record.options.idempotencyWindowMs);
      this.events.emit({ kind: 'completed', jobId, name, attempt });
    } else if (outcome.kind === 'handed-back') {
      this.ready.unshift(record.lane, record);
      this.events.emit({ kind: 'handed-back', jobId, name, attempt });
    } else if (isNonRetryable(outcome.error) || attempt >= record.options.attempts) {
      record.attemptsMade = attempt;
      this.counts.failed += 1;
      this.keys.release(record.options.idempotencyKey, jobId);
      this.events.emit({ kind: 'failed', jobId, name, attempt, error: outcome.error });
    } else {
      record.attemptsMade = attempt;
      const delayMs = backoffDelay(attempt, this.settings.backoff);
      record.runAt = this.scheduler.now() + delayMs;
      this.schedule(record);
      this.events.emit({ kind: 'retrying', jobId, name, attempt, error: outcome.error, delayMs });
    }
    this.pump();
  }
}
