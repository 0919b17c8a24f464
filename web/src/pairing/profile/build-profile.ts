import {
  PROFILE_MAX_BYTES,
  PROFILE_VERSION,
  serializeProfile,
  type ProfileItem,
  type ProfileVote,
  type PublishedProfile,
  type RankedProduct,
} from '@tandem/offer-core';

/** One line of one of the customer's orders. */
export interface ProfilePurchase {
  readonly orderId: string;
  /** Product GID. */
  readonly productId: string;
  /** Variant GID, when known. */
  readonly variantId: string | undefined;
  /** `dayNumber` of the order. */
  readonly day: number;
}

export interface ProfileInput {
  readonly shop: string;
  /** `dayNumber` of today: days since purchase are counted to it. */
  readonly today: number;
  /** The customer's orders in the history window, any order. */
  readonly purchases: readonly ProfilePurchase[];
  /** The shop's repeat purchases (`learnRepurchaseIntervals`). */
  readonly intervals: ReadonlyMap<string, number>;
  /**
   * The checkout merge of the given products' published lists, best first (`mergeOffers` in the backend, its
   * indexed twin offline): what the history as a cart would be offered.
   */
  readonly historyMerge: (productIds: readonly string[]) => readonly RankedProduct[];
  /** Which products the profile keeps (`DEFAULT_PROFILE_SELECTION` unless the offline evaluation tries others). */
  readonly selection?: ProfileSelection;
}

/** Which of a buyer's products fit in the profile, and how many votes of their lists go with them. */
export interface ProfileSelection {
  /**
   * Products are kept by Σ 0.5^(age / rankHalfLifeDays) over the orders that held them — frequency with recency,
   * as repeat-purchase recommenders (P-TopFreq, TIFU-KNN) weigh them; 0: by order count, then the latest.
   */
  readonly rankHalfLifeDays: number;
  readonly maxItems: number;
  readonly maxVotes: number;
}

/**
 * Chosen on the validation split of online-retail-uk's returning buyers (`pairings eval --personal`): more products
 * by frequency with a year's half-life beat 40 by order count; the history's votes got weight 0 there, so 10 are
 * kept. 80 items and 10 votes stay under PROFILE_MAX_BYTES with 13- and 14-digit Shopify ids (the byte budget trims
 * further otherwise).
 */
export const DEFAULT_PROFILE_SELECTION: ProfileSelection = {
  rankHalfLifeDays: 365,
  maxItems: 80,
  maxVotes: 10,
};

const numericId = (gid: string | undefined): number => {
  const id = Number(gid?.slice(gid.lastIndexOf('/') + 1));
  return Number.isSafeInteger(id) && id > 0 ? id : 0;
};

/**
 * One customer's profile (the `$app:tandem`/`profile` value): their products — the most often and most recently
 * bought first (see `ProfileSelection`) — and what their published lists vote for, within `PROFILE_MAX_BYTES` encoded. Undefined when the
 * customer bought nothing.
 */
export function buildProfile(input: ProfileInput): PublishedProfile | undefined {
  const byProduct = new Map<
    string,
    {
      variantId: string | undefined;
      first: number;
      last: number;
      days: Set<number>;
      orders: Set<string>;
      weight: number;
    }
  >();
  const selection = input.selection ?? DEFAULT_PROFILE_SELECTION;
  const halfLife = selection.rankHalfLifeDays;
  // One weight per order line; the same product twice in one order counts once.
  const lineWeight = (day: number): number => (halfLife > 0 ? 0.5 ** ((input.today - day) / halfLife) : 1);
  const orders = new Set<string>();
  for (const purchase of input.purchases) {
    if (purchase.day > input.today || numericId(purchase.productId) === 0) continue;
    orders.add(purchase.orderId);
    const entry = byProduct.get(purchase.productId);
    if (!entry)
      byProduct.set(purchase.productId, {
        variantId: purchase.variantId,
        first: purchase.day,
        last: purchase.day,
        days: new Set([purchase.day]),
        orders: new Set([purchase.orderId]),
        weight: lineWeight(purchase.day),
      });
    else {
      if (!entry.orders.has(purchase.orderId)) entry.weight += lineWeight(purchase.day);
      entry.orders.add(purchase.orderId);
      entry.days.add(purchase.day);
      entry.first = Math.min(entry.first, purchase.day);
      if (purchase.day >= entry.last) {
        entry.last = purchase.day;
        entry.variantId = purchase.variantId ?? entry.variantId;
      }
    }
  }
  if (byProduct.size === 0) return undefined;
  const ranked = [...byProduct.entries()]
    .sort(
      ([a, x], [b, y]) =>
        (halfLife > 0 ? y.weight - x.weight : 0) ||
        y.orders.size - x.orders.size ||
        y.last - x.last ||
        numericId(a) - numericId(b),
    )
    .slice(0, selection.maxItems);
  const items: ProfileItem[] = ranked.map(([productId, entry]) => [
    numericId(productId),
    numericId(entry.variantId),
    input.today - entry.last,
    entry.orders.size,
    // The buyer's own rhythm when they have one: a shop-wide median misses a regular who restocks weekly.
    entry.days.size > 1
      ? Math.max(1, Math.round((entry.last - entry.first) / (entry.days.size - 1)))
      : (input.intervals.get(productId) ?? 0),
  ]);
  const merged = input.historyMerge(ranked.map(([productId]) => productId)).slice(0, selection.maxVotes);
  const best = merged.reduce((top, vote) => Math.max(top, vote.score), 0);
  const votes: ProfileVote[] =
    best > 0
      ? merged
          .filter((vote) => vote.score > 0 && numericId(vote.productId) > 0)
          .map((vote) => [
            numericId(vote.productId),
            Math.max(0.001, Math.round((1000 * vote.score) / best) / 1000),
          ])
      : [];
  const profile: PublishedProfile = {
    ver: PROFILE_VERSION,
    shop: input.shop,
    at: input.today,
    n: orders.size,
    i: items,
    h: votes,
  };
  // Long ids can overrun the budget: drop the weakest item or vote, whichever list is longer, until it fits.
  while (byteLength(serializeProfile(profile)) > PROFILE_MAX_BYTES) {
    if (votes.length >= items.length) votes.pop();
    else items.pop();
  }
  return profile;
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}
