/* eslint-disable @typescript-eslint/no-non-null-assertion -- numeric kernel: typed-array reads are in bounds by construction, and noUncheckedIndexedAccess would otherwise need a cast on every access. */
import { REASON_PRIORITY, type CartProductOffers } from '@tandem/offer-core';

/** Votes as parallel typed arrays: the merge's inner loops read nothing else. */
interface IndexedVotes {
  readonly products: Int32Array;
  readonly values: Float64Array;
}

interface IndexedList {
  /** The list's product's place in GID order: lists are merged in that order, as `mergeOffers` does. */
  readonly order: number;
  readonly product: number;
  readonly offers: { product: number; s: number; priority: number }[];
  /** Further votes and votes against, without those for the list's own offers or below 0 (the merge skips them). */
  readonly further: IndexedVotes;
  readonly against: IndexedVotes;
  /** Pair votes by partner, partners in GID order (`pairOrders` their places), so the merge walks them with the cart. */
  readonly pairOrders: Uint32Array;
  readonly pairs: readonly IndexedVotes[];
}

/** Each product's place in GID string order, the order `mergeOffers` merges lists in and breaks ties by. */
export function gidOrder(productCount: number, gidOf: (product: number) => string): Uint32Array {
  const gids = Array.from({ length: productCount }, (_, product) => gidOf(product));
  const byGid = Array.from({ length: productCount }, (_, product) => product).sort((a, b) =>
    gids[a]! < gids[b]! ? -1 : gids[a]! > gids[b]! ? 1 : 0,
  );
  const order = new Uint32Array(productCount);
  byGid.forEach((product, at) => (order[product] = at));
  return order;
}

/**
 * Checkout's `mergeOffers` over lists re-keyed by product index, for the offline evaluation and model selection,
 * which merge the same lists 10^5–10^6 times with carts of up to ~40 products: typed arrays instead of maps of
 * GIDs. It ranks exactly as `mergeOffers` (same summation order, same ties; `indexed-merge.test.ts` checks it
 * against the real merge), so what is measured is still what shoppers see.
 */
export class IndexedMerge {
  private readonly lists: (IndexedList | undefined)[];
  /** Each product's place in GID string order: `mergeOffers` breaks ties by comparing GIDs. */
  private readonly gidOrder: Uint32Array;
  private readonly score: Float64Array;
  private readonly votedBy: Int32Array;
  private readonly shownPriority: Int8Array;
  private readonly shownScore: Float64Array;
  private readonly shownBecause: Uint32Array;
  private readonly inCart: Uint8Array;
  private readonly touched: number[] = [];

  constructor(
    published: ReadonlyMap<number, CartProductOffers>,
    productCount: number,
    indexOf: (gid: string) => number,
    gidOf: (product: number) => string,
    /** `gidOrder(productCount, gidOf)` when already known: merges over the same products share it. */
    order?: Uint32Array,
  ) {
    this.gidOrder = order?.length === productCount ? order : gidOrder(productCount, gidOf);
    const votes = (
      entries: readonly (readonly [string, number])[] | undefined,
      skip?: ReadonlySet<number>,
    ): IndexedVotes => {
      const kept = (entries ?? [])
        .map(([gid, score]) => [indexOf(gid), score] as const)
        .filter(([p, score]) => score >= 0 && !skip?.has(p));
      return {
        products: Int32Array.from(kept, ([p]) => p),
        values: Float64Array.from(kept, ([, score]) => score),
      };
    };
    this.lists = Array.from({ length: productCount }, (_, product) => {
      const list = published.get(product);
      if (!list) return undefined;
      const byPartner = new Map<number, (readonly [string, number])[]>();
      for (const [partner, entries] of list.pairs ?? []) {
        const key = indexOf(partner);
        byPartner.set(key, [...(byPartner.get(key) ?? []), ...entries]);
      }
      const partners = [...byPartner.keys()].sort((a, b) => this.gidOrder[a]! - this.gidOrder[b]!);
      const offered = new Set(list.offers.map((offer) => indexOf(offer.productId)));
      return {
        order: this.gidOrder[product]!,
        product,
        offers: list.offers
          .filter((offer) => offer.kind === 'xsell')
          .map((offer) => ({
            product: indexOf(offer.productId),
            s: offer.score,
            priority: REASON_PRIORITY[offer.reason],
          })),
        further: votes(list.partners, offered),
        against: votes(list.against, offered),
        pairOrders: Uint32Array.from(partners, (partner) => this.gidOrder[partner]!),
        pairs: partners.map((partner) => votes(byPartner.get(partner))),
      };
    });
    this.score = new Float64Array(productCount);
    this.votedBy = new Int32Array(productCount).fill(-1);
    this.shownPriority = new Int8Array(productCount);
    this.shownScore = new Float64Array(productCount);
    this.shownBecause = new Uint32Array(productCount);
    this.inCart = new Uint8Array(productCount);
  }

  /**
   * The top `k` products for a cart of `cart` (each product once), as `mergeOffers` ranks them; their merged scores
   * go to `scores` when given (the personalised evaluation re-ranks them).
   */
  recommend(cart: readonly number[], k: number, scores?: number[]): number[] {
    const { score, votedBy, shownPriority, shownScore, shownBecause, inCart, touched, gidOrder } = this;
    const lists = cart.flatMap((product) => this.lists[product] ?? []).sort((a, b) => a.order - b.order);
    for (const product of cart) inCart[product] = 1;
    for (const list of lists) {
      for (const offer of list.offers) {
        const p = offer.product;
        if (inCart[p] || !(offer.s >= 0)) continue;
        if (votedBy[p] === -1) {
          touched.push(p);
          votedBy[p] = list.product;
          score[p] = offer.s;
          shownPriority[p] = offer.priority;
          shownScore[p] = offer.s;
          shownBecause[p] = list.order;
          continue;
        }
        if (votedBy[p] === list.product) continue;
        votedBy[p] = list.product;
        score[p]! += offer.s;
        const priority = offer.priority - shownPriority[p]!;
        const shows =
          priority !== 0
            ? priority > 0
            : offer.s !== shownScore[p]
              ? offer.s > shownScore[p]!
              : list.order < shownBecause[p]!;
        if (shows) {
          shownPriority[p] = offer.priority;
          shownScore[p] = offer.s;
          shownBecause[p] = list.order;
        }
      }
    }
    const add = (votes: IndexedVotes, sign: number): void => {
      const { products, values } = votes;
      for (let at = 0; at < products.length; at++) {
        const p = products[at]!;
        if (votedBy[p] !== -1) score[p]! += sign * values[at]!;
      }
    };
    for (const list of lists) {
      add(list.further, 1);
      // A pair counts while its partner has a list in the cart (`mergeOffers`' cart is the lists' products): both
      // run in GID order, so one walk finds them, in the order `mergeOffers` adds them.
      const { pairOrders, pairs } = list;
      for (let at = 0, next = 0; at < pairOrders.length && next < lists.length;) {
        const wanted = pairOrders[at]!;
        const order = lists[next]!.order;
        if (wanted === order) add(pairs[at++]!, 1);
        else if (wanted < order) at += 1;
        else next += 1;
      }
      add(list.against, -1);
    }
    const merchant = REASON_PRIORITY.merchant;
    const before = (a: number, b: number): boolean =>
      (shownPriority[a] === merchant) !== (shownPriority[b] === merchant)
        ? shownPriority[a] === merchant
        : score[a] !== score[b]
          ? score[a]! > score[b]!
          : gidOrder[a]! < gidOrder[b]!;
    // The k best by insertion into a short sorted prefix: k is 10, the candidates hundreds.
    const best: number[] = [];
    for (const p of touched) {
      if (best.length === k && !before(p, best[k - 1]!)) continue;
      let at = Math.min(best.length, k - 1);
      if (best.length < k) best.push(p);
      while (at > 0 && before(p, best[at - 1]!)) {
        best[at] = best[at - 1]!;
        at -= 1;
      }
      best[at] = p;
    }
    if (scores) for (const p of best) scores.push(score[p]!);
    for (const p of touched) votedBy[p] = -1;
    for (const product of cart) inCart[product] = 0;
    touched.length = 0;
    return best;
  }
}
