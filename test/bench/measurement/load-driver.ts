import { randomBytes } from 'node:crypto';

export interface DriveOptions {
  readonly url: string;
  readonly shops: readonly string[];
  /** Concurrent clients, each posting its next batch as soon as the last was answered. */
  readonly clients: number;
  /** Events per request (the pixel sends up to 20). */
  readonly batch: number;
  /** Stop after this many events were sent… */
  readonly maxEvents: number;
  /** …or this many seconds, whichever comes first. */
  readonly maxSeconds: number;
}

export interface DriveResult {
  readonly accepted: number;
  readonly requests: number;
  readonly failures: Readonly<Record<string, number>>;
  readonly seconds: number;
  readonly eventsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

const percentile = (sorted: readonly number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;

function batchBody(shop: string, size: number): string {
  // One checkout per batch, as the pixel sends: an eligible event and impressions of its offers.
  const checkoutToken = randomBytes(16).toString('hex');
  const ts = Date.now() - 1_000;
  const events = Array.from({ length: size }, (_, i) =>
    i === 0
      ? { v: 1, event: 'eligible', offerId: null, arm: 'treatment', target: 'block', checkoutToken, ts }
      : {
          v: 1,
          event: 'impression',
          offerId: `${7000 + i}-${8000 + i}`,
          arm: 'treatment',
          target: 'block',
          checkoutToken,
          ts,
        },
  );
  return JSON.stringify({ shop, events });
}

/** Posts pixel batches over loopback from many simulated buyers (distinct X-Forwarded-For) until a bound is hit. */
export async function drive(options: DriveOptions): Promise<DriveResult> {
  const latencies: number[] = [];
  const failures: Record<string, number> = {};
  let sent = 0;
  let accepted = 0;
  const start = performance.now();
  const deadline = start + options.maxSeconds * 1000;
  const client = async (id: number) => {
    for (let n = 0; sent < options.maxEvents && performance.now() < deadline; n += 1) {
      sent += options.batch;
      const shop = options.shops[(id + n) % options.shops.length] ?? '';
      const began = performance.now();
      try {
        const response = await fetch(`${options.url}/api/events`, {
          method: 'POST',
          headers: { 'Content-Type': 'text/plain', 'X-Forwarded-For': `10.0.${id % 256}.${n % 256}` },
          body: batchBody(shop, options.batch),
        });
        await response.arrayBuffer();
        latencies.push(performance.now() - began);
        if (response.status === 200) accepted += options.batch;
        else failures[String(response.status)] = (failures[String(response.status)] ?? 0) + 1;
      } catch (error) {
        failures[error instanceof Error ? error.name : 'error'] = (failures['error'] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, id) => client(id)));
  const seconds = (performance.now() - start) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  return {
    accepted,
    requests: sorted.length,
    failures,
    seconds,
    eventsPerSecond: accepted / seconds,
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
  };
}
