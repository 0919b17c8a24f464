/** Status, dates and stock of a catalog product: the parts of a spec that say when and whether it sells. */
import type { ProductStatus } from '../state/types.js';
import type { Rng } from './prng.js';
import { DAY_MS } from './seasonality.js';
import type { OrderWindow } from './timeline.js';

/** ~2 % of products sold out entirely, ~8 % of other variants at 0 (a few of those on backorder). */
export function stockFor(variants: number, rng: Rng): { stock: number[]; backorder: boolean[] } {
  const soldOut = rng.chance(0.02);
  const stock: number[] = [];
  const backorder: boolean[] = [];
  for (let v = 0; v < variants; v += 1) {
    const r = rng.next();
    const empty = soldOut || r < 0.08;
    stock.push(empty ? 0 : 1 + Math.floor(-Math.log(1 - rng.next()) * 60));
    backorder.push(empty && r >= 0.07 && !soldOut);
  }
  return { stock, backorder };
}

export interface Lifecycle {
  readonly status: ProductStatus;
  readonly publishedAtMs: number | null;
  readonly createdAtMs: number;
  readonly updatedAtMs: number;
  /** Orders may contain the product in [sellFromMs, sellUntilMs); empty for drafts and unpublished ones. */
  readonly sellFromMs: number;
  readonly sellUntilMs: number;
  /** Created inside the order window ("New arrivals"). */
  readonly isNew: boolean;
}

/** Status and dates: ~4 % drafts, ~3 % archived mid-window, ~2 % active but unpublished, the rest live. */
export function lifecycle({ startMs, endMs }: OrderWindow, rng: Rng, alwaysLive: boolean): Lifecycle {
  const span = endMs - startMs;
  const r = alwaysLive ? 1 : rng.next();
  const status: ProductStatus = r < 0.04 ? 'DRAFT' : r < 0.07 ? 'ARCHIVED' : 'ACTIVE';
  const isNew = status !== 'DRAFT' && !alwaysLive && rng.chance(0.12);
  const createdAtMs =
    status === 'DRAFT'
      ? endMs - rng.range(1, 40) * DAY_MS
      : isNew
        ? startMs + rng.range(0.05, 0.85) * span
        : startMs - rng.range(20, 900) * DAY_MS;
  const firstPublishedMs = Math.min(createdAtMs + rng.range(0.1, 3) * DAY_MS, endMs - DAY_MS);
  const lastEditMs = createdAtMs + (endMs - createdAtMs) * rng.range(0.3, 1);
  const seconds = (ms: number): number => Math.floor(ms / 1000) * 1000;
  if (status === 'DRAFT' || (status === 'ACTIVE' && r < 0.09)) {
    return {
      status,
      publishedAtMs: null,
      createdAtMs: seconds(createdAtMs),
      updatedAtMs: seconds(lastEditMs),
      sellFromMs: endMs,
      sellUntilMs: endMs,
      isNew,
    };
  }
  if (status === 'ARCHIVED') {
    const archivedMs = Math.min(
      Math.max(firstPublishedMs + 14 * DAY_MS, startMs + rng.range(0.15, 0.85) * span),
      endMs - DAY_MS,
    );
    return {
      status,
      publishedAtMs: null,
      createdAtMs: seconds(createdAtMs),
      updatedAtMs: seconds(archivedMs),
      sellFromMs: firstPublishedMs,
      sellUntilMs: archivedMs,
      isNew,
    };
  }
  return {
    status,
    publishedAtMs: seconds(firstPublishedMs),
    createdAtMs: seconds(createdAtMs),
    updatedAtMs: seconds(Math.max(lastEditMs, firstPublishedMs)),
    sellFromMs: firstPublishedMs,
    sellUntilMs: endMs,
    isNew,
  };
}
