import type { PairVotes, Vote } from '@tandem/offer-core';
import type { PairVote } from '../scoring/pair-votes.js';
import type { CrossSellContext } from './rank-cross-sells.js';

/**
 * Pair-vote entries one list may carry (~45 bytes each, so ≤ ~18 KB): checkout downloads the value of every cart
 * product, and Shopify asks for small JSON metafields.
 */
export const MAX_PAIR_VOTES_PER_LIST = 400;

export interface PairVotePublishing extends Pick<CrossSellContext, 'products' | 'rules' | 'targets'> {
  /** Products that get a list. */
  readonly anchors: readonly number[];
  readonly cartGid: (product: number) => string | undefined;
  /** Turns a raw gain into a published score: the lists' shop-wide scale times the pair votes' weight. */
  readonly scale: number;
}

/**
 * Puts each pair's votes on one of its two products' lists: the one carrying fewer so far, pairs bought together
 * most often first, within the per-list budget (a pair that fits neither is left out). A vote names a product that
 * can be offered: available, not excluded, never-together with neither product of the pair.
 */
export function publishPairVotes(
  votes: readonly PairVote[],
  context: PairVotePublishing,
): Map<number, PairVotes[]> {
  const { products, rules, targets } = context;
  const isAnchor = new Set(context.anchors);
  const load = new Map<number, number>();
  const out = new Map<number, PairVotes[]>();
  const ordered = [...votes].sort((x, y) => y.together - x.together || x.a - y.a || x.c - y.c);
  for (const pair of ordered) {
    // Model selection lists only its test carts' products: most pairs have no list to go on.
    const hosts = [pair.a, pair.c].filter((product) => isAnchor.has(product));
    if (hosts.length === 0) continue;
    const offerable = (product: number): boolean => {
      if (targets(product).kind !== 'target') return false;
      if (rules.excludesNothing) return true;
      const id = products.id(product);
      return (
        !rules.isExcluded(id) &&
        !rules.isNeverTogether(products.id(pair.a), id) &&
        !rules.isNeverTogether(products.id(pair.c), id)
      );
    };
    let count = 0;
    for (const { product } of pair.votes) if (offerable(product)) count += 1;
    if (count === 0) continue;
    const host = hosts
      .sort((x, y) => (load.get(x) ?? 0) - (load.get(y) ?? 0) || x - y)
      .find((product) => (load.get(product) ?? 0) + count <= MAX_PAIR_VOTES_PER_LIST);
    if (host === undefined) continue;
    const partnerGid = context.cartGid(host === pair.a ? pair.c : pair.a);
    if (partnerGid === undefined) continue;
    const entries = pair.votes.flatMap(({ product, raw }): Vote[] => {
      const target = targets(product);
      return target.kind === 'target' && offerable(product) ? [[target.productGid, raw * context.scale]] : [];
    });
    load.set(host, (load.get(host) ?? 0) + entries.length);
    const carried = out.get(host) ?? [];
    carried.push([partnerGid, entries]);
    out.set(host, carried);
  }
  return out;
}
