import { randomUUID } from 'node:crypto';
import { Queue, type Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { ConfigError, UnavailableError } from '../errors.js';
import { countJobs, removeWaitingOfKey } from './bullmq-inspect.js';
import {
  jobOptions,
  ownKey,
  QUEUE_NAME,
  resolveBullmqOptions,
  type BullmqQueueOptions,
  type ResolvedBullmqOptions,
} from './bullmq-options.js';
import type { JobEnvelope } from './bullmq-processor.js';
import { startWorker } from './bullmq-worker.js';
import { laneOf } from './fair-lanes.js';
import { FairRanks } from './fair-ranks.js';
import { JobEvents } from './job-events.js';
import { systemScheduler } from './scheduler.js';
import { SerialLocks } from './serial-locks.js';
import { prepareEnqueue } from './settings.js';
import { ShutdownGate } from './shutdown-gate.js';
import type { CloseOptions, EnqueueOptions, EnqueueResult, JobEventListener, JobHandler } from './types.js';
import type { JobHandlers, JobMap, JobName, JobQueue, JobStats } from './types.js';

/**
 * The scale-mode runner: jobs in Redis via BullMQ, shared by any number of producers (web processes) and
 * workers (`npm run worker`). Per-key serialisation, fair ordering and dedupe windows are built from small
 * Redis scripts beside BullMQ (see SerialLocks, FairRanks, createProcessor); crash recovery is BullMQ's
 * stalled-job check (see startWorker).
 */
export function createBullmqQueue<Jobs extends JobMap>(options: BullmqQueueOptions): JobQueue<Jobs> {
  return new BullmqQueue<Jobs>(resolveBullmqOptions(options));
}

class BullmqQueue<Jobs extends JobMap> implements JobQueue<Jobs> {
  // Our client and the Queue fail fast when Redis is down instead of queueing commands, so a web process can
  // fall back (issue 10: keep acknowledging webhooks) and /readyz can tell.
  private readonly redis: Redis;
  private readonly queue: Queue<JobEnvelope, void, string>;
  private readonly ranks: FairRanks;
  private readonly events: JobEvents<Jobs>;
  private readonly gate = new ShutdownGate(systemScheduler);
  private worker: Promise<Worker<JobEnvelope, void, string>> | undefined;
  private closing: Promise<void> | undefined;

  constructor(private readonly options: ResolvedBullmqOptions) {
    const { connection, prefix, logger } = options;
    this.redis = new Redis(connection, { maxRetriesPerRequest: 1, enableAutoPipelining: true });
    this.redis.on('error', (error) => logger.warn({ err: error }, 'job queue Redis connection error'));
    this.queue = new Queue(QUEUE_NAME, {
      connection: { url: connection, maxRetriesPerRequest: 1, enableAutoPipelining: true },
      prefix,
    });
    this.queue.on('error', (error) => logger.warn({ err: error }, 'BullMQ queue error'));
    this.ranks = new FairRanks(this.redis, ownKey(prefix, 'fair'), logger);
    this.events = new JobEvents<Jobs>(logger);
  }

  async enqueue<Name extends JobName<Jobs>>(
    name: Name,
    payload: Jobs[Name],
    options: EnqueueOptions = {},
  ): Promise<EnqueueResult> {
    const prepared = prepareEnqueue(name, payload, options, this.options, !!this.closing);
    const { serialKey, idempotencyWindowMs } = prepared.options;
    const envelope: JobEnvelope = {
      payload: prepared.payload,
      idempotencyWindowMs,
      ...(serialKey === undefined ? {} : { serialKey }),
    };
    const lane = laneOf(serialKey);
    const priority = await this.ranks.take(lane);
    const jobId = randomUUID();
    try {
      const job = await this.queue.add(name, envelope, jobOptions(prepared.options, jobId, priority));
      if (job.id === jobId) return { kind: 'enqueued', jobId };
      await this.ranks.give(lane);
      return { kind: 'duplicate', jobId: job.id ?? jobId };
    } catch (error) {
      await this.ranks.give(lane);
      throw error;
    }
  }

  async start(handlers: JobHandlers<Jobs>): Promise<void> {
    if (this.options.role === 'producer') {
      throw new ConfigError('A producer-role job queue only enqueues; run jobs in a worker (npm run worker)');
    }
    if (this.closing) throw new UnavailableError('The job queue is closed');
    if (this.worker) throw new ConfigError('The job queue was already started');
    const { logger, prefix, serialLockMs } = this.options;
    this.worker = startWorker<Jobs>({
      ...this.options,
      handlers: handlers as Readonly<Record<string, JobHandler<unknown>>>,
      gate: this.gate,
      locks: new SerialLocks(this.redis, ownKey(prefix, 'serial'), serialLockMs, logger),
      events: this.events,
      redis: this.redis,
      ranks: this.ranks,
      dedupeKeyPrefix: `${this.queue.keys['de']}:`,
      random: this.options.backoff.random,
    });
    await this.worker;
  }

  /** Drops the shop's waiting jobs (see removeWaitingOfKey for the cost and what stays). */
  async cancel(serialKey: string): Promise<number> {
    await this.ping();
    const removed = await removeWaitingOfKey(this.queue, serialKey);
    if (removed > 0) await this.ranks.give(laneOf(serialKey), removed);
    return removed;
  }

  async stats(): Promise<JobStats> {
    // BullMQ's own calls wait for a connection that is down; fail fast like enqueue does.
    await this.ping();
    return countJobs(this.queue);
  }

  /** Rejects fast when Redis is down, naming its host (never the credentials in the URL). */
  async ping(): Promise<void> {
    try {
      await this.redis.ping();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new UnavailableError(
        `Redis at ${new URL(this.options.connection).host} is unreachable: ${reason}`,
      );
    }
  }

  onEvent(listener: JobEventListener<Jobs>): () => void {
    return this.events.on(listener);
  }

  /** worker.close() stops fetching and waits for active jobs; the gate aborts and hands back overrunning ones. */
  close(options?: CloseOptions): Promise<void> {
    this.closing ??= (async () => {
      const worker = await this.worker?.catch(() => undefined);
      const workerClosed = worker?.close();
      await this.gate.drain(options);
      await workerClosed;
      await this.queue.close();
      await this.redis.quit().catch(() => this.redis.disconnect());
    })();
    return this.closing;
  }
}
