import { ConfigError, UnavailableError, ValidationError } from '../errors.js';
import { DEFAULT_BACKOFF, type BackoffOptions } from './backoff.js';
import type { EnqueueOptions, JobLogger } from './types.js';

/** Settings both runners share. */
export interface JobQueueSettings {
  /** Most jobs this process runs at once (default 4). */
  readonly concurrency?: number;
  /** Attempts when an enqueue does not say (default 5). */
  readonly defaultAttempts?: number;
  /** Retry backoff (default 1 s doubling to 5 min, 20 % jitter). */
  readonly backoff?: Partial<Omit<BackoffOptions, 'random'>>;
  /** How long a completed job's idempotency key still dedupes (default 60 s). */
  readonly idempotencyWindowMs?: number;
  readonly logger?: JobLogger;
  /** Randomness for backoff jitter; inject for deterministic tests. */
  readonly random?: () => number;
}

export interface ResolvedSettings {
  readonly concurrency: number;
  readonly defaultAttempts: number;
  readonly backoff: BackoffOptions;
  readonly idempotencyWindowMs: number;
  readonly logger: JobLogger;
}

export interface ResolvedEnqueue {
  readonly attempts: number;
  readonly delayMs: number;
  readonly idempotencyWindowMs: number;
  readonly serialKey?: string;
  readonly idempotencyKey?: string;
}

const silentLogger: JobLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => silentLogger,
};

const isCount = (value: number, min: number) => Number.isInteger(value) && value >= min;
const isDuration = (value: number) => Number.isFinite(value) && value >= 0;

/** Fills defaults; a bad setting is a programming or configuration error, reported all at once. */
export function resolveSettings(settings: JobQueueSettings): ResolvedSettings {
  const resolved = {
    concurrency: settings.concurrency ?? 4,
    defaultAttempts: settings.defaultAttempts ?? 5,
    backoff: { ...DEFAULT_BACKOFF, ...settings.backoff, random: settings.random ?? Math.random },
    idempotencyWindowMs: settings.idempotencyWindowMs ?? 60_000,
    logger: settings.logger ?? silentLogger,
  };
  const problems = [
    !isCount(resolved.concurrency, 1) && `concurrency must be an integer ≥ 1 (got ${resolved.concurrency})`,
    !isCount(resolved.defaultAttempts, 1) &&
      `defaultAttempts must be an integer ≥ 1 (got ${resolved.defaultAttempts})`,
    !isDuration(resolved.idempotencyWindowMs) &&
      `idempotencyWindowMs must be ≥ 0 (got ${resolved.idempotencyWindowMs})`,
    !isDuration(resolved.backoff.baseMs) && `backoff.baseMs must be ≥ 0 (got ${resolved.backoff.baseMs})`,
    !(resolved.backoff.maxMs >= resolved.backoff.baseMs) &&
      `backoff.maxMs must be ≥ baseMs (got ${resolved.backoff.maxMs})`,
    !(resolved.backoff.jitter >= 0 && resolved.backoff.jitter <= 1) &&
      `backoff.jitter must be in [0, 1] (got ${resolved.backoff.jitter})`,
  ].filter((problem): problem is string => typeof problem === 'string');
  if (problems.length > 0) throw new ConfigError(`Invalid job queue settings: ${problems.join('; ')}`);
  return resolved;
}

/**
 * Everything both runners check before enqueueing: the queue is open, the options are valid (a
 * ValidationError names the job and every bad field) and the payload survives JSON.
 */
export function prepareEnqueue(
  name: string,
  payload: unknown,
  options: EnqueueOptions,
  settings: ResolvedSettings,
  closed: boolean,
): { readonly options: ResolvedEnqueue; readonly payload: unknown } {
  if (closed) throw new UnavailableError(`The job queue is closed; job "${name}" was not enqueued`);
  return { options: resolveEnqueue(name, options, settings), payload: jsonPayload(name, payload) };
}

function resolveEnqueue(name: string, options: EnqueueOptions, settings: ResolvedSettings): ResolvedEnqueue {
  const attempts = options.attempts ?? settings.defaultAttempts;
  const delayMs = options.delayMs ?? 0;
  const idempotencyWindowMs = options.idempotencyWindowMs ?? settings.idempotencyWindowMs;
  const issues: { path: string; message: string }[] = [];
  if (!isCount(attempts, 1))
    issues.push({ path: 'attempts', message: `must be an integer ≥ 1 (got ${attempts})` });
  if (!isDuration(delayMs))
    issues.push({ path: 'delayMs', message: `must be a finite number ≥ 0 (got ${delayMs})` });
  if (!isDuration(idempotencyWindowMs)) {
    issues.push({
      path: 'idempotencyWindowMs',
      message: `must be a finite number ≥ 0 (got ${idempotencyWindowMs})`,
    });
  }
  for (const key of ['serialKey', 'idempotencyKey'] as const) {
    const value = options[key];
    if (value !== undefined && (typeof value !== 'string' || value.length === 0 || value.length > 512)) {
      issues.push({ path: key, message: 'must be a non-empty string of at most 512 characters' });
    }
  }
  if (issues.length > 0) {
    const detail = issues.map((issue) => `${issue.path} ${issue.message}`).join('; ');
    throw new ValidationError(`Invalid options for job "${name}": ${detail}`, issues);
  }
  return {
    attempts,
    delayMs,
    idempotencyWindowMs,
    ...(options.serialKey === undefined ? {} : { serialKey: options.serialKey }),
    ...(options.idempotencyKey === undefined ? {} : { idempotencyKey: options.idempotencyKey }),
  };
}

/** The payload as a worker in another process would see it; fails here if it cannot be stored as JSON. */
function jsonPayload(name: string, payload: unknown): unknown {
  if (payload === undefined) return undefined;
  try {
    return JSON.parse(JSON.stringify(payload)) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ValidationError(`Payload of job "${name}" is not JSON-serialisable: ${reason}`, [
      { path: 'payload', message: reason },
    ]);
  }
}

/** Handlers may throw anything; events and BullMQ need an Error. */
export function toError(thrown: unknown): Error {
  return thrown instanceof Error
    ? thrown
    : new Error(typeof thrown === 'string' ? thrown : JSON.stringify(thrown));
}
