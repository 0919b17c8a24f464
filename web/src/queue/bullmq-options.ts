import type { JobsOptions } from 'bullmq';
import { ConfigError } from '../errors.js';
import {
  resolveSettings,
  type JobQueueSettings,
  type ResolvedEnqueue,
  type ResolvedSettings,
} from './settings.js';

export const BULLMQ_ROLES = ['producer', 'worker', 'both'] as const;
/** producer: enqueue, stats, cancel (web processes). worker: also runs jobs after start() (`npm run worker`). */
export type BullmqRole = (typeof BULLMQ_ROLES)[number];

export interface BullmqQueueOptions extends JobQueueSettings {
  /** Redis URL. */
  readonly connection: string;
  /** Prefix of every Redis key (default "tandem"); tests use a unique one per run. */
  readonly prefix?: string;
  /** Default "both". */
  readonly role?: BullmqRole;
  /** How long a job whose serial key is busy steps aside before it looks again (default 500 ms, ±50 %). */
  readonly serialRetryMs?: number;
  /** TTL of a serial key's lock, renewed while its job runs; a dead worker's lock frees after it (default 30 s). */
  readonly serialLockMs?: number;
  /** BullMQ's job lock and stalled check: a dead worker's job returns to waiting after it (default 30 s). */
  readonly stalledIntervalMs?: number;
}

export interface ResolvedBullmqOptions extends ResolvedSettings {
  readonly connection: string;
  readonly prefix: string;
  readonly role: BullmqRole;
  readonly serialRetryMs: number;
  readonly serialLockMs: number;
  readonly stalledIntervalMs: number;
}

/** One BullMQ queue carries every job name; the worker's concurrency is the process-wide limit. */
export const QUEUE_NAME = 'jobs';

// Finished jobs kept for inspection (and counted by stats()); BullMQ trims them as later jobs finish.
const KEEP_COMPLETED = { age: 24 * 60 * 60, count: 1_000 };
const KEEP_FAILED = { age: 7 * 24 * 60 * 60, count: 5_000 };

export function resolveBullmqOptions(options: BullmqQueueOptions): ResolvedBullmqOptions {
  const resolved = {
    ...resolveSettings(options),
    connection: options.connection,
    prefix: options.prefix ?? 'tandem',
    role: options.role ?? 'both',
    serialRetryMs: options.serialRetryMs ?? 500,
    serialLockMs: options.serialLockMs ?? 30_000,
    stalledIntervalMs: options.stalledIntervalMs ?? 30_000,
  };
  const problems: string[] = [];
  if (!URL.canParse(resolved.connection)) problems.push('connection must be a redis:// URL');
  if (!BULLMQ_ROLES.includes(resolved.role)) problems.push(`role must be one of ${BULLMQ_ROLES.join(', ')}`);
  if (!/^[\w.-]+$/.test(resolved.prefix))
    problems.push('prefix may hold only letters, digits, "_", "." and "-"');
  for (const key of ['serialRetryMs', 'serialLockMs', 'stalledIntervalMs'] as const) {
    if (!(Number.isFinite(resolved[key]) && resolved[key] > 0)) problems.push(`${key} must be > 0`);
  }
  if (problems.length > 0) throw new ConfigError(`Invalid BullMQ job queue options: ${problems.join('; ')}`);
  return resolved;
}

/**
 * BullMQ options of one job. `jobId` is ours and unique: BullMQ answers a deduplicated add with the existing
 * job's id, so a different id back means "duplicate", decided atomically inside its add script.
 */
export function jobOptions(resolved: ResolvedEnqueue, jobId: string, priority: number): JobsOptions {
  return {
    jobId,
    priority,
    attempts: resolved.attempts,
    delay: resolved.delayMs,
    // Delays come from the worker's backoffStrategy (our pure backoffDelay).
    backoff: { type: 'tandem' },
    removeOnComplete: KEEP_COMPLETED,
    removeOnFail: KEEP_FAILED,
    ...(resolved.idempotencyKey === undefined ? {} : { deduplication: { id: resolved.idempotencyKey } }),
  };
}

/**
 * Our own keys share the prefix (cleanup by prefix takes them too) but stay outside BullMQ's `<prefix>:jobs:`
 * namespace, where its orphan sweep could mistake them for job keys.
 */
export function ownKey(prefix: string, kind: 'fair' | 'serial'): string {
  return `${prefix}:${QUEUE_NAME}-${kind}:`;
}
