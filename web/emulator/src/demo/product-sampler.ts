/**
 * Draws products the way shoppers pick them: Zipf–Mandelbrot popularity (rank + 4)^-s times the kind's
 * demand (the offset flattens the head, so no single product is in a sixth of all orders), per
 * department and per kind, rejecting products not on sale at that moment (not yet launched, archived) and
 * out-of-season kinds. Everything is in typed arrays: O(products + variants) memory, no per-draw objects.
 */
import type { CatalogModel } from './catalog-model.js';
import { searchCumulative, type Rng } from './prng.js';
import { dayOfYear, kindSeasonAcceptance, verticalSeason } from './seasonality.js';
import { VERTICALS } from './types.js';
import { ALL_KINDS, TIER_PREFERENCE, VERTICAL_INFO } from './vocab/index.js';

interface Table {
  readonly products: Int32Array;
  readonly cumulative: Float64Array;
}

/** What the season looks like at one order's creation time; computed once per order. */
export interface Moment {
  readonly ms: number;
  readonly verticalWeights: readonly number[];
  /** Acceptance by season code: [all-year, summer, winter]. */
  readonly acceptance: readonly [number, number, number];
}

export function momentAt(ms: number): Moment {
  const day = dayOfYear(ms);
  return {
    ms,
    verticalWeights: VERTICALS.map(
      (vertical) => VERTICAL_INFO[vertical].orderShare * verticalSeason(vertical, day),
    ),
    acceptance: [1, kindSeasonAcceptance('summer', day), kindSeasonAcceptance('winter', day)],
  };
}

const TRIES = 12;
const ZIPF_OFFSET = 4;
const verticalIndex = new Map(VERTICALS.map((vertical, index) => [vertical, index]));

function buildTable(members: readonly number[], weight: Float64Array): Table {
  const cumulative = new Float64Array(members.length);
  let sum = 0;
  members.forEach((product, j) => {
    sum += weight[product] as number;
    cumulative[j] = sum;
  });
  return { products: Int32Array.from(members), cumulative };
}

export class ProductSampler {
  private readonly byVertical: Table[];
  private readonly byKind: Table[];
  private readonly sellFrom: Float64Array;
  private readonly sellUntil: Float64Array;
  /** 0 all-year, 1 summer, 2 winter. */
  private readonly seasonCode: Uint8Array;
  /** Per variant (global index): cumulative choice probability within its product. */
  private readonly variantCumulative: Float64Array;

  constructor(
    private readonly model: CatalogModel,
    zipfExponent: number,
  ) {
    const n = model.specs.length;
    const weight = new Float64Array(n);
    this.sellFrom = new Float64Array(n);
    this.sellUntil = new Float64Array(n);
    this.seasonCode = new Uint8Array(n);
    const verticalMembers: number[][] = VERTICALS.map(() => []);
    const kindMembers: number[][] = ALL_KINDS.map(() => []);
    for (const spec of model.specs) {
      this.sellFrom[spec.index] = spec.sellFromMs;
      this.sellUntil[spec.index] = spec.sellUntilMs;
      this.seasonCode[spec.index] = spec.kind.season === 'summer' ? 1 : spec.kind.season === 'winter' ? 2 : 0;
      if (spec.sellFromMs >= spec.sellUntilMs) continue;
      weight[spec.index] = spec.kind.demand * (spec.rank + ZIPF_OFFSET) ** -zipfExponent;
      verticalMembers[verticalIndex.get(spec.kind.vertical) ?? 0]?.push(spec.index);
      kindMembers[spec.kindIndex]?.push(spec.index);
    }
    this.byVertical = verticalMembers.map((members) => buildTable(members, weight));
    this.byKind = kindMembers.map((members) => buildTable(members, weight));
    this.variantCumulative = new Float64Array(model.variantStart[n] ?? 0);
    for (const spec of model.specs) this.fillVariantWeights(spec.index);
  }

  private fillVariantWeights(product: number): void {
    const spec = this.model.specs[product];
    if (!spec) return;
    const tiers = TIER_PREFERENCE[spec.tierPrices.length] ?? spec.tierPrices.map(() => 1);
    const extras = spec.extra?.weights ?? [1];
    const start = this.model.variantStart[product] as number;
    let sum = 0;
    for (let j = 0; j < spec.variantCount; j += 1) {
      sum += (tiers[Math.floor(j / extras.length)] ?? 1) * (extras[j % extras.length] ?? 1);
      this.variantCumulative[start + j] = sum;
    }
    for (let j = 0; j < spec.variantCount; j += 1)
      this.variantCumulative[start + j] = (this.variantCumulative[start + j] as number) / sum;
  }

  /** Whether the product can be in an order at this moment. */
  available(product: number, ms: number): boolean {
    return ms >= (this.sellFrom[product] ?? Infinity) && ms < (this.sellUntil[product] ?? -Infinity);
  }

  pickInVertical(vertical: number, moment: Moment, rng: Rng): number {
    const table = this.byVertical[vertical];
    return table ? this.pick(table, moment, rng) : -1;
  }

  pickInKind(kind: number, moment: Moment, rng: Rng): number {
    const table = this.byKind[kind];
    return table ? this.pick(table, moment, rng) : -1;
  }

  pickVertical(moment: Moment, rng: Rng): number {
    return rng.weighted(moment.verticalWeights);
  }

  /** Offset of the chosen variant within the product (tier preference × option popularity). */
  pickVariant(product: number, rng: Rng): number {
    const start = this.model.variantStart[product] as number;
    const end = this.model.variantStart[product + 1] as number;
    const u = rng.next();
    let j = start;
    while (j < end - 1 && (this.variantCumulative[j] as number) <= u) j += 1;
    return j - start;
  }

  private pick(table: Table, moment: Moment, rng: Rng): number {
    const total = table.cumulative[table.cumulative.length - 1];
    if (total === undefined) return -1;
    for (let attempt = 0; attempt < TRIES; attempt += 1) {
      const product = table.products[searchCumulative(table.cumulative, rng.next() * total)] as number;
      const accept = moment.acceptance[this.seasonCode[product] as 0 | 1 | 2];
      if (this.available(product, moment.ms) && (accept === 1 || rng.chance(accept))) return product;
    }
    return -1;
  }
}
