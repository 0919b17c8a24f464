/**
 * Every decision about one catalog product, as numbers: kind, name parts, tiers and prices, status, dates,
 * stock. It is drawn from the product's own PRNG stream, so product i is the same whatever else changes.
 * Strings (titles, GIDs) are made later by product-builder.ts, only when a product is materialised.
 */
import { charmNearest, PRICE_STYLES, tierPrices } from './money.js';
import type { OrderWindow } from './timeline.js';
import type { Rng } from './prng.js';
import type { ExtraOption, KindDef, TierAxis } from './types.js';
import { EXTRA_OPTIONS, MODIFIERS, TIER_AXES, VERTICAL_INFO } from './vocab/index.js';
import { lifecycle, stockFor, type Lifecycle } from './product-lifecycle.js';
import { pickTitle, type TitleRegistry } from './product-title.js';

export interface ProductSpec extends Lifecycle {
  readonly index: number;
  readonly kindIndex: number;
  readonly kind: KindDef;
  readonly vendor: string;
  readonly series: number;
  readonly name: number;
  /** Index into MODIFIERS[kind.modifiers], or -1. */
  readonly modifier: number;
  /** 1, or 2, 3… when the same title was already taken. */
  readonly generation: number;
  readonly tierAxis: TierAxis | null;
  readonly tierValues: readonly string[];
  /** Price per tier (one entry when there is no tier axis), cents. */
  readonly tierPrices: readonly number[];
  readonly extra: ExtraOption | null;
  /** Variants are tier-major: variant j has tier ⌊j / extraCount⌋ and extra value j mod extraCount. */
  readonly variantCount: number;
  readonly compareAtFactor: number;
  readonly priceStyle: number;
  readonly stock: readonly number[];
  /** Per variant: sold out but still orderable (inventoryPolicy CONTINUE). */
  readonly backorder: readonly boolean[];
  /** Popularity rank over the whole catalog, 0 = most popular. */
  readonly rank: number;
}

const VENDOR_WEIGHTS = [1, 0.8, 0.65, 0.55, 0.45, 0.4];

function tierSlice(axis: TierAxis, rng: Rng): { start: number; count: number } {
  const n = axis.values.length;
  const count = n <= 2 ? n : rng.chance(0.65) ? Math.min(n, 3) : n === 4 && rng.chance(0.4) ? 4 : 2;
  return { start: rng.int(n - count + 1), count };
}

export interface SpecContext {
  readonly window: OrderWindow;
  readonly titles: TitleRegistry;
}

export function describeProduct(
  ctx: SpecContext,
  index: number,
  kindIndex: number,
  kind: KindDef,
  rank: number,
  rng: Rng,
): ProductSpec {
  const vendors = VERTICAL_INFO[kind.vertical].vendors;
  const vendor = vendors[rng.weighted(VENDOR_WEIGHTS.slice(0, vendors.length))] ?? vendors[0] ?? '';
  const modifierCount = kind.modifiers ? (MODIFIERS[kind.modifiers]?.length ?? 0) : 0;
  const title = pickTitle(ctx.titles, kindIndex, kind.names.length, modifierCount, rng);

  const axisKey = kind.tiers[rng.weighted(kind.tiers.map(([, weight]) => weight))]?.[0] ?? null;
  const axis = axisKey === null ? null : (TIER_AXES[axisKey] ?? null);
  const slice = axis ? tierSlice(axis, rng) : { start: 0, count: 1 };
  const extra =
    kind.extra && rng.chance(kind.extra.share) ? (EXTRA_OPTIONS[kind.extra.option] ?? null) : null;

  const priceStyle = rng.int(PRICE_STYLES);
  const [lo, hi] = kind.price;
  const baseCents = lo * (hi / lo) ** rng.next() * 100;
  const exponent = axis ? rng.range(axis.exponent[0], axis.exponent[1]) : 1;
  // The kind's price range is for the axis's first value; a slice starting higher (500 g / 1 kg) costs more.
  const sliceBase = axis
    ? baseCents * ((axis.units[slice.start] ?? 1) / (axis.units[0] ?? 1)) ** exponent
    : baseCents;
  const prices = axis
    ? tierPrices({
        baseCents: sliceBase,
        units: axis.units.slice(slice.start, slice.start + slice.count),
        exponent,
        perUnit: axis.perUnit,
        style: priceStyle,
      })
    : [charmNearest(baseCents, priceStyle)];
  const compareAtFactor = rng.chance(0.12) ? rng.range(1.15, 1.4) : 0;
  const variantCount = slice.count * (extra?.values.length ?? 1);

  // Product 0 is always live for the whole window, so even a one-product shop can take orders.
  const life = lifecycle(ctx.window, rng, index === 0);
  return {
    index,
    kindIndex,
    kind,
    vendor,
    ...title,
    tierAxis: axis,
    tierValues: axis ? axis.values.slice(slice.start, slice.start + slice.count) : [],
    tierPrices: prices,
    extra,
    variantCount,
    compareAtFactor,
    priceStyle,
    ...life,
    ...stockFor(variantCount, rng),
    rank,
  };
}
