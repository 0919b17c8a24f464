import type { CartProductOffers, PublishedOffer, Vote } from './types.js';

export interface MergeOptions {
  /** How many cross-sells to return at most. */
  readonly max: number;
  /** Product GIDs never to offer (what is in the cart; the merchant's exclusions). */
  readonly excludeProductIds?: ReadonlySet<string>;
}

export interface MergedOffer {
  readonly offer: PublishedOffer;
  /** Combined score across the cart's lists. */
  readonly score: number;
  /** The cart product whose list contributed most: the "goes with X" in the copy. */
  readonly becauseOf: string;
}

/** Which reason shows when several cart products offer one product: a merchant's pick first, then evidence. */
export const REASON_PRIORITY: Readonly<Record<PublishedOffer['reason'], number>> = {
  merchant: 3,
  bought_together: 2,
  similar: 1,
  popular: 0,
  next_tier: 0,
  family_tier: 0,
};

interface Entry {
  offer: PublishedOffer;
  score: number;
  becauseOf: string;
  /** The last list that voted for it: a list votes once per product (its best entry for it). */
  votedBy: CartProductOffers;
}

/**
 * Merges the cart products' cross-sell lists into one ranking — the single function both checkout and the
 * backend's offline evaluation run, so what is measured is what shoppers see.
 *
 * Each list's scores are its product's vote (a shrunk "what goes with me" distribution), so a candidate's score
 * is the sum of its votes across the cart: evidence from several cart items adds up, and an item liked by one
 * strong list still ranks. A list votes once per product (its best entry for it); its further votes (`partners`) and
 * the votes of pairs of cart products (`pairs`) add to offers some list shows, and its votes against (`against`) subtract from
 * them; none brings in an offer of its own. The offer
 * shown for a product is the one with the strongest reason, then the highest score; merchant picks stay ahead of
 * mined offers. Ties break on product id, so the result is deterministic whatever the order of the lists.
 */
export function mergeOffers(lists: readonly CartProductOffers[], options: MergeOptions): MergedOffer[] {
  const max = Math.max(0, Math.floor(options.max));
  if (max === 0) return [];
  const exclude = options.excludeProductIds ?? new Set<string>();
  const cartProducts = new Set(lists.map((list) => list.productId));
  const byProduct = new Map<string, Entry>();
  // Summing in one fixed order keeps floating-point totals, and so the ranking, independent of cart order.
  const ordered = [...lists].sort((a, b) => compare(a.productId, b.productId));
  for (const list of ordered) {
    for (const offer of list.offers) {
      if (offer.kind !== 'xsell' || exclude.has(offer.productId) || cartProducts.has(offer.productId))
        continue;
      if (!(offer.score >= 0)) continue;
      const current = byProduct.get(offer.productId);
      if (!current) {
        byProduct.set(offer.productId, {
          offer,
          score: offer.score,
          becauseOf: list.productId,
          votedBy: list,
        });
        continue;
      }
      if (current.votedBy === list) continue;
      current.votedBy = list;
      current.score += offer.score;
      if (shows(offer, list.productId, current)) {
        current.offer = offer;
        current.becauseOf = list.productId;
      }
    }
  }
  // Votes only change offers some list shows, so they are counted once every list's offers are in.
  const vote = (product: string, score: number): void => {
    const entry = byProduct.get(product);
    if (entry && score >= 0) entry.score += score;
  };
  const cartOrder = [...cartProducts].sort(compare);
  for (const list of ordered) {
    const { offered, pairs } = prepared(list);
    for (const [product, score] of list.partners ?? []) if (!offered.has(product)) vote(product, score);
    if (pairs.size > 0)
      for (const partner of cartOrder)
        for (const [product, score] of pairs.get(partner) ?? []) vote(product, score);
    for (const [product, magnitude] of list.against ?? []) {
      const entry = offered.has(product) ? undefined : byProduct.get(product);
      if (entry && magnitude >= 0) entry.score -= magnitude;
    }
  }
  return [...byProduct.values()]
    .sort(
      (a, b) =>
        Number(b.offer.reason === 'merchant') - Number(a.offer.reason === 'merchant') ||
        b.score - a.score ||
        compare(a.offer.productId, b.offer.productId),
    )
    .slice(0, max)
    .map(({ offer, score, becauseOf }) => ({ offer, score, becauseOf }));
}

interface PreparedList {
  /** Products the list offers: its further votes for them are already in. */
  readonly offered: ReadonlySet<string>;
  /** Its pair votes by the partner that must be in the cart too. */
  readonly pairs: ReadonlyMap<string, readonly Vote[]>;
}

/**
 * What the merge looks up in a list, built once per parsed list: checkout merges the same lists on every cart
 * change, and the offline evaluation merges each list ~10^5 times.
 */
const preparedLists = new WeakMap<CartProductOffers, PreparedList>();

function prepared(list: CartProductOffers): PreparedList {
  let found = preparedLists.get(list);
  if (!found) {
    const pairs = new Map<string, Vote[]>();
    for (const [partner, votes] of list.pairs ?? [])
      pairs.set(partner, [...(pairs.get(partner) ?? []), ...votes]);
    found = { offered: new Set(list.offers.map((offer) => offer.productId)), pairs };
    preparedLists.set(list, found);
  }
  return found;
}

/** Whether `offer` (from `listProduct`'s list) should replace the entry's displayed offer. */
function shows(offer: PublishedOffer, listProduct: string, current: Entry): boolean {
  const priority = REASON_PRIORITY[offer.reason] - REASON_PRIORITY[current.offer.reason];
  if (priority !== 0) return priority > 0;
  if (offer.score !== current.offer.score) return offer.score > current.offer.score;
  return compare(listProduct, current.becauseOf) < 0;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
