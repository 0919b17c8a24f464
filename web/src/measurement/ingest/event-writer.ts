import type { NewPixelEvent } from '../../domain/event.js';
import { UnavailableError } from '../../errors.js';
import type { Stores } from '../../store/types.js';

export interface EventWriterOptions {
  /** Start writing as soon as this many events wait. */
  readonly maxBatchEvents?: number;
  /** Otherwise write this long after the first event arrived. */
  readonly maxWaitMs?: number;
  /** Refuse (503) beyond this many waiting events: the database is not keeping up. */
  readonly maxPendingEvents?: number;
}

export interface EventWriter {
  /** Resolves once the events are committed (the request is answered only then); rejects if the write failed. */
  write(shop: string, events: readonly NewPixelEvent[]): Promise<void>;
  /** Writes what waits and refuses new writes. */
  close(): Promise<void>;
}

interface Waiting {
  events: NewPixelEvent[];
  waiters: { resolve: () => void; reject: (error: unknown) => void }[];
}

/**
 * Group commit for pixel events: requests arriving while a write runs are gathered and written together, one
 * multi-row insert per shop, and each request is answered when its events are committed. Under load batches
 * grow by themselves (the next write takes everything that queued during the last), so throughput follows
 * the database's statement rate rather than its per-transaction cost, and nothing is acknowledged before it
 * is stored. The days the events fall on are marked for a rollup before and after the insert: before, so a
 * crash after the insert leaves them marked; after, so a rollup that ran in between does not clear them.
 */
export function createEventWriter(
  stores: Pick<Stores, 'events' | 'measurement'>,
  options: EventWriterOptions = {},
): EventWriter {
  const maxBatchEvents = options.maxBatchEvents ?? 2_000;
  const maxWaitMs = options.maxWaitMs ?? 10;
  const maxPendingEvents = options.maxPendingEvents ?? 50_000;
  let waiting = new Map<string, Waiting>();
  let waitingEvents = 0;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let closed = false;

  async function writeShop(shop: string, group: Waiting): Promise<void> {
    try {
      const days = [...new Set(group.events.map((event) => event.occurredAt.slice(0, 10)))];
      await stores.measurement.markDirty(shop, days);
      await stores.events.appendMany(shop, group.events);
      await stores.measurement.markDirty(shop, days);
      for (const waiter of group.waiters) waiter.resolve();
    } catch (error) {
      for (const waiter of group.waiters) waiter.reject(error);
    }
  }

  async function drain(): Promise<void> {
    while (waitingEvents > 0) {
      const batch = waiting;
      waiting = new Map();
      waitingEvents = 0;
      // Shops side by side: Postgres writes them on several connections; SQLite's driver takes them in turn.
      await Promise.all([...batch].map(([shop, group]) => writeShop(shop, group)));
    }
    running = undefined;
  }

  function start(): void {
    clearTimeout(timer);
    timer = undefined;
    running ??= drain();
  }

  return {
    write(shop, events) {
      if (closed) return Promise.reject(new UnavailableError('Event ingest is shutting down'));
      if (waitingEvents + events.length > maxPendingEvents) {
        return Promise.reject(new UnavailableError('Event ingest is backed up; try again shortly'));
      }
      return new Promise<void>((resolve, reject) => {
        const group = waiting.get(shop) ?? { events: [], waiters: [] };
        group.events.push(...events);
        group.waiters.push({ resolve, reject });
        waiting.set(shop, group);
        waitingEvents += events.length;
        if (running) return; // the running drain picks these up next
        if (waitingEvents >= maxBatchEvents) start();
        else timer ??= setTimeout(start, maxWaitMs);
      });
    },
    async close() {
      closed = true;
      if (waitingEvents > 0) start();
      await running;
    },
  };
}
