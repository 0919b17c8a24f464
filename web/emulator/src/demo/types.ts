import type { DemoLocale, EmulatedProduct } from '../state/types.js';

/** The shop's departments; each has its own vendors, seasonality and product kinds. */
export const VERTICALS = ['coffee', 'tea', 'outdoor', 'skincare'] as const;
export type Vertical = (typeof VERTICALS)[number];

/** A word or phrase in every demo locale. */
export type Translated = Readonly<Record<DemoLocale, string>>;

export const SEASONS = ['summer', 'winter'] as const;
export type Season = (typeof SEASONS)[number];

/** A tier option (Weight, Edition, Pack, Capacity…): values ascending, price rising along it. */
export interface TierAxis {
  readonly option: string;
  readonly values: readonly string[];
  /** Size of each value relative to the first (1 kg = 4 × 250 g). */
  readonly units: readonly number[];
  /** Price grows as units^exponent, exponent drawn from this range; below 1 = volume discount. */
  readonly exponent: readonly [number, number];
  /** Consumables: the larger tier must be cheaper per unit after rounding. */
  readonly perUnit: boolean;
}

/** A non-tier option whose values all cost the same (grind, clothing size). */
export interface ExtraOption {
  readonly option: string;
  readonly values: readonly string[];
  /** How often buyers choose each value. */
  readonly weights: readonly number[];
}

/** A product archetype ("grinder", "paper filters") from which catalog products are drawn. */
export interface KindDef {
  readonly key: string;
  readonly vertical: Vertical;
  readonly productType: string;
  /** Handle of the department collection it belongs to. */
  readonly collection: string;
  readonly names: readonly Translated[];
  /** Key into MODIFIERS for the " – Matte Black" / " – Ethiopia" title suffix. */
  readonly modifiers: string | null;
  /** Tier axis keys (null = no tiers) with their relative likelihood. */
  readonly tiers: readonly (readonly [axis: string | null, weight: number])[];
  readonly extra: { readonly option: string; readonly share: number } | null;
  /** Price range of the first tier in euros. */
  readonly price: readonly [number, number];
  /** Demand multiplier on Zipf popularity (filters sell more often than espresso machines). */
  readonly demand: number;
  /** Relative number of catalog products of this kind. */
  readonly share: number;
  /** Bought again and in quantities. */
  readonly consumable: boolean;
  readonly season: Season | null;
  readonly tags: readonly string[];
}

export interface DemoCatalogOptions {
  /** PRNG seed; the same seed gives the same shop byte for byte. Default 1. */
  readonly seed?: number;
  /** Number of products. Default 400. */
  readonly products?: number;
}

export interface DemoOrderOptions extends DemoCatalogOptions {
  /** Number of orders. Default 25,000. */
  readonly orders?: number;
  /** Length of the order history in calendar months before `endDate`. Default 6. */
  readonly months?: number;
  /** Customer accounts (the rest of the orders are guests). Default 62 % of orders. */
  readonly customers?: number;
  /** Fixed end of the history (never "now"). Default 2026-11-01T00:00:00Z. */
  readonly endDate?: string;
  /** Exponent of the Zipf popularity over products. Default 0.9. */
  readonly zipfExponent?: number;
}

export interface DemoShopOptions extends DemoOrderOptions {
  /** Default tandem-demo.myshopify.com. */
  readonly domain?: string;
}

/** One line of a streamed order; ids are Shopify legacy (REST) ids. */
export interface DemoLineRecord {
  readonly id: number;
  readonly productId: number;
  readonly variantId: number;
  readonly quantity: number;
  readonly unitPriceCents: number;
  /** quantity × unit price minus this line's share of the order discount. */
  readonly discountedTotalCents: number;
}

/** A compact order as the scale mode streams it; `toEmulatedOrder` expands it. */
export interface DemoOrderRecord {
  readonly id: number;
  /** 1-based sequence; the order name is `#${1000 + number}`. */
  readonly number: number;
  readonly createdAtMs: number;
  readonly updatedAtMs: number;
  readonly customerId: number | null;
  readonly checkoutToken: string;
  readonly shippingCents: number;
  readonly cancelledAtMs: number | null;
  readonly refundedCents: number;
  readonly lines: readonly DemoLineRecord[];
}

/** Ground truth: `to` was planted to be bought with `from` with this probability. */
export interface PlantedComplement {
  readonly from: string;
  readonly to: string;
  readonly fromLegacyId: number;
  readonly toLegacyId: number;
  readonly strength: number;
  /** 2 = planted pair; 3 = one of the two partners a triple adds together. */
  readonly groupSize: 2 | 3;
  /** `fromKind->toKind`, e.g. `grinder->filters`. */
  readonly rule: string;
}

/** A streamed catalog product and its department (the products.csv `category`). */
export interface DemoCatalogEntry {
  readonly product: EmulatedProduct;
  readonly category: string;
}
