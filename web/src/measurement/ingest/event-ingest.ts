import { RateLimitedError, ValidationError } from '../../errors.js';
import type { Stores } from '../../store/types.js';
import { parseEventBatch } from './event-batch.js';
import { createEventWriter, type EventWriterOptions } from './event-writer.js';
import { cachedInstalledShops } from './installed-shops.js';
import { DEFAULT_INGEST_LIMITS, type IngestLimits } from './limits.js';
import { createRateLimiter } from './rate-limiter.js';

export interface EventIngestDeps {
  readonly stores: Pick<Stores, 'events' | 'measurement' | 'shops'>;
  readonly now: () => Date;
  readonly limits?: Partial<IngestLimits>;
  readonly writer?: EventWriterOptions;
  /** Called once a batch is stored: the app queues the shop's rollup job (the days were marked dirty). */
  readonly afterStored?: (shop: string) => Promise<void>;
}

export interface EventIngest {
  readonly limits: IngestLimits;
  /** Counts a request against its client IP before the body is read; throws RateLimitedError (429). */
  admit(ip: string): void;
  /**
   * Validates a batch (a JSON text or an already parsed body), checks the shop is installed and within its
   * budget, and resolves with the number of events once they are stored. Throws ValidationError (400) naming
   * every problem, RateLimitedError (429) or UnavailableError (503); nothing of a refused batch is stored.
   */
  ingest(body: unknown): Promise<{ readonly accepted: number }>;
  close(): Promise<void>;
}

function readJson(body: unknown): unknown {
  if (typeof body !== 'string') return body;
  if (body.trim() === '')
    throw new ValidationError('Request body is empty: expected {"shop": …, "events": […]}');
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw new ValidationError('Request body is not valid JSON');
  }
}

/** The web pixel's way in: `/api/events` is public, so everything it is sent is checked and bounded here. */
export function createEventIngest(deps: EventIngestDeps): EventIngest {
  const limits: IngestLimits = { ...DEFAULT_INGEST_LIMITS, ...deps.limits };
  const clock = () => deps.now().getTime();
  const perIp = createRateLimiter(limits.perIp, { now: clock });
  const perShop = createRateLimiter(limits.perShop, { now: clock });
  const installed = cachedInstalledShops(deps.stores.shops, { now: clock });
  const writer = createEventWriter(deps.stores, deps.writer);

  const limited = (what: string, retryAfterMs: number) =>
    new RateLimitedError(`Too many ${what}; retry in ${Math.ceil(retryAfterMs / 1000)} s`, retryAfterMs);

  return {
    limits,
    admit(ip) {
      const decision = perIp.take(ip);
      if (decision.kind === 'limited') throw limited('requests from this address', decision.retryAfterMs);
    },
    async ingest(body) {
      const parsed = parseEventBatch(readJson(body), clock(), limits);
      if (parsed.kind === 'invalid') {
        const [first] = parsed.issues;
        throw new ValidationError(
          `Invalid events: ${first?.path ?? '(body)'} ${first?.message ?? 'is invalid'}`,
          parsed.issues,
        );
      }
      if (!(await installed.isInstalled(parsed.shop))) {
        throw new ValidationError(`Unknown shop: ${parsed.shop} does not have Tandem installed`, [
          { path: 'shop', message: 'does not have Tandem installed' },
        ]);
      }
      const decision = perShop.take(parsed.shop, parsed.events.length);
      if (decision.kind === 'limited') throw limited(`events for ${parsed.shop}`, decision.retryAfterMs);
      await writer.write(parsed.shop, parsed.events);
      await deps.afterStored?.(parsed.shop);
      return { accepted: parsed.events.length };
    },
    close: () => writer.close(),
  };
}
