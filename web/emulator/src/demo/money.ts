/**
 * Prices as integer cents, rounded to the "charm" endings shops really use (4.95, 12.50, 149.00, 249.00).
 * Each product keeps one price style so its tiers end alike, as a merchant's price list would.
 */

/** A price grid k · step − offset (cents): step 100 / offset 5 gives 3.95, 4.95, 5.95 … */
interface CharmGrid {
  readonly step: number;
  readonly offset: number;
}

/** Three styles per magnitude band; a product's style index picks the same column in every band. */
const BANDS: readonly {
  readonly below: number;
  readonly styles: readonly [CharmGrid, CharmGrid, CharmGrid];
}[] = [
  {
    below: 1_000,
    styles: [
      { step: 100, offset: 5 },
      { step: 50, offset: 0 },
      { step: 100, offset: 1 },
    ],
  },
  {
    below: 5_000,
    styles: [
      { step: 500, offset: 5 },
      { step: 250, offset: 0 },
      { step: 100, offset: 5 },
    ],
  },
  {
    below: 20_000,
    styles: [
      { step: 1_000, offset: 100 },
      { step: 1_000, offset: 5 },
      { step: 500, offset: 5 },
    ],
  },
  {
    below: Infinity,
    styles: [
      { step: 5_000, offset: 100 },
      { step: 1_000, offset: 100 },
      { step: 5_000, offset: 5 },
    ],
  },
];

export const PRICE_STYLES = 3;

function gridFor(cents: number, style: number): CharmGrid {
  const band = BANDS.find((b) => cents < b.below) ?? BANDS[BANDS.length - 1];
  const grid = band?.styles[style % PRICE_STYLES];
  if (!grid) throw new RangeError(`money: no price grid for style ${style}`);
  return grid;
}

const onGrid = (grid: CharmGrid, k: number): number => k * grid.step - grid.offset;

/** Nearest charm price (never below the smallest grid point of the band). */
export function charmNearest(cents: number, style: number): number {
  const grid = gridFor(cents, style);
  const k = Math.max(1, Math.round((cents + grid.offset) / grid.step));
  return onGrid(grid, k);
}

/** Smallest charm price strictly above `cents`. */
export function charmAbove(cents: number, style: number): number {
  const grid = gridFor(cents + 1, style);
  return onGrid(grid, Math.floor((cents + grid.offset) / grid.step) + 1);
}

/** Largest charm price strictly below `cents` (0 when there is none). */
export function charmBelow(cents: number, style: number): number {
  const grid = gridFor(cents - 1, style);
  const k = Math.ceil((cents + grid.offset) / grid.step) - 1;
  return k >= 1 ? onGrid(grid, k) : 0;
}

/** Shopify's Money/Decimal serialisation with two decimals: 1250 → "12.50". */
export function formatCents(cents: number): string {
  if (!Number.isInteger(cents)) throw new RangeError(`money: cents must be an integer, got ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export interface TierPriceInput {
  /** Price of the first (smallest) tier, before rounding. */
  readonly baseCents: number;
  /** Quantity or size of each tier relative to any unit; ascending. */
  readonly units: readonly number[];
  /** Price grows as units^exponent: below 1 is a volume discount. */
  readonly exponent: number;
  /** Enforce a strictly falling price per unit after rounding (weights, packs, millilitres). */
  readonly perUnit: boolean;
  readonly style: number;
}

/** Charm-rounded tier prices: strictly increasing, and cheaper per unit along unit axes. */
export function tierPrices(input: TierPriceInput): number[] {
  const first = input.units[0] ?? 1;
  const prices: number[] = [];
  input.units.forEach((units, k) => {
    let price = charmNearest(input.baseCents * (units / first) ** input.exponent, input.style);
    const prev = prices[k - 1];
    const prevUnits = input.units[k - 1];
    if (prev !== undefined && prevUnits !== undefined) {
      if (price <= prev) price = charmAbove(prev, input.style);
      while (input.perUnit && price / units >= prev / prevUnits) {
        const lower = charmBelow(price, input.style);
        if (lower <= prev) break;
        price = lower;
      }
    }
    prices.push(price);
  });
  return prices;
}

/** A struck-through "was" price a believable 15–40 % above the price, on the same grid. */
export function compareAtPrice(priceCents: number, factor: number, style: number): number {
  const candidate = charmNearest(priceCents * factor, style);
  return candidate > priceCents ? candidate : charmAbove(priceCents, style);
}
