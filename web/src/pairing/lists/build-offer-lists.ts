import type { ListVotes, PairVotes, PublishedOffer, Vote } from '@tandem/offer-core';
import type { IdInterner } from '../interner.js';
import { minePairContexts, type ContextBaskets } from '../mining/pair-context.js';
import type { CooccurrenceCounts } from '../mining/types.js';
import { pairVotes, type PairVote } from '../scoring/pair-votes.js';
import { CompiledRules } from '../rules/compiled-rules.js';
import { GroupPriors } from '../scoring/group-priors.js';
import { localEase, type ItemWeights } from '../learned/local-ease.js';
import { BlendedScorer, learnedScale, scorerScale } from '../scoring/blended-scorer.js';
import { PartnerScorer } from '../scoring/partner-scorer.js';
import { DEFAULT_PAIRING_SETTINGS, type MerchantRules, type PairingSettings } from '../types.js';
import type { CatalogIndex } from './catalog-index.js';
import type { OfferTargets } from './offer-targets.js';
import { publishPairVotes } from './publish-pair-votes.js';
import { rankCrossSells, type RankedCrossSell, type RankedCrossSells } from './rank-cross-sells.js';

/** What every list builder takes: the mined counts, the ids behind their indices, rules and settings. */
export interface MinedInput {
  readonly counts: CooccurrenceCounts;
  /** Canonical product ids, index-aligned with `counts` (catalog products interned too). */
  readonly products: IdInterner;
  readonly rules?: MerchantRules | undefined;
  readonly settings?: Partial<PairingSettings> | undefined;
  /** The baskets `counts` were mined from (those of 3 products or more suffice), for pair votes; none without. */
  readonly baskets?: ContextBaskets | undefined;
  /**
   * Work shared by several builds over the same counts and baskets whose settings differ only in the blend
   * (`learnedWeight`, `learnedLambda`), as model selection's candidates do: the learned weights per λ and the pair
   * votes. Never share one across different counts or scoring settings.
   */
  readonly shared?: SharedFits | undefined;
}

/** See `MinedInput.shared`; start with `sharedFits()`. */
export interface SharedFits {
  readonly learned: Map<string, ItemWeights>;
  /** Each learned fit's scale in a blend (`learnedScale`), by the same key. */
  readonly learnedScales: Map<string, number>;
  pairVotes: PairVote[] | undefined;
  /** The co-occurrence scorer and, once a blend asked, its scale there: the same for every build. */
  partners: { readonly scorer: PartnerScorer; scale: number | undefined } | undefined;
}

export const sharedFits = (): SharedFits => ({
  learned: new Map(),
  learnedScales: new Map(),
  pairVotes: undefined,
  partners: undefined,
});

/** Where `SharedFits.learned` keeps the fit a build with these settings reads. */
export const learnedFitKey = (settings: Pick<PairingSettings, 'learnedLambda' | 'learnedBudget'>): string =>
  `${settings.learnedLambda}:${settings.learnedBudget}`;

export interface BuildOfferListsInput extends MinedInput {
  readonly targets: OfferTargets;
  readonly catalog?: CatalogIndex | undefined;
  /** Products that get a list; default all. */
  readonly anchors?: Iterable<number> | undefined;
  /** The product GID checkout sees in a cart for a product index (pair votes name the pair's other product). */
  readonly cartGid: (product: number) => string | undefined;
}

export interface ProductCrossSells {
  readonly product: number;
  readonly productId: string;
  /** Ranked cross-sells in the published format. */
  readonly offers: readonly PublishedOffer[];
  /** Further partners' votes (`t`, best first) and the pair votes (`x`) this list carries; absent when none. */
  readonly votes: ListVotes;
  /** No order history of its own: offers come from its group or the shop's best-sellers. */
  readonly coldStart: boolean;
}

const GROUP_DEPTH_PER_OFFER = 4;

/**
 * Ranked cross-sell lists for every anchor product. Scores are scaled by one shop-wide factor into [0, 1] so
 * lists stay comparable when checkout sums them across the cart.
 */
export function buildCrossSellLists(input: BuildOfferListsInput): ProductCrossSells[] {
  const settings = { ...DEFAULT_PAIRING_SETTINGS, ...input.settings };
  const { counts, products, catalog } = input;
  const shared = input.shared ?? sharedFits();
  const scored = (shared.partners ??= {
    scorer: new PartnerScorer(counts, settings, products.ranks()),
    scale: undefined,
  });
  const partners = scored.scorer;
  const rank = partners.rank;
  const blended = (): BlendedScorer => {
    const key = learnedFitKey(settings);
    const fitted =
      shared.learned.get(key) ??
      localEase(counts, { lambda: settings.learnedLambda, budget: settings.learnedBudget });
    shared.learned.set(key, fitted);
    const learned = shared.learnedScales.get(key) ?? learnedScale(fitted);
    shared.learnedScales.set(key, learned);
    // A pass over every product's partners: only a blend needs it, and only once.
    scored.scale ??= scorerScale(partners);
    return new BlendedScorer(partners, fitted, settings.learnedWeight, settings.learnedTrend, {
      scorer: scored.scale,
      learned,
    });
  };
  const scorer = settings.learnedWeight > 0 ? blended() : undefined;
  const entries = catalog
    ? Array.from({ length: products.size }, (_, product) => catalog.get(products.id(product)))
    : [];
  const groupKeys = entries.map((entry) => (entry && catalog ? catalog.groupKeys(entry.id) : []));
  const groups = catalog
    ? new GroupPriors(
        counts,
        groupKeys,
        settings.priorWeight,
        (settings.maxOffers + settings.voteDepth) * GROUP_DEPTH_PER_OFFER,
        rank,
      )
    : undefined;
  const types = entries.map((entry) => entry?.productType.trim().toLowerCase() ?? '');
  const context = {
    products,
    scorer: scorer ?? partners,
    groups,
    rules: new CompiledRules(input.rules),
    targets: input.targets,
    settings,
    productType: (product: number) => types[product] ?? '',
  };
  const anchors = [...(input.anchors ?? Array.from({ length: products.size }, (_, product) => product))];
  const ranked: { product: number; lists: RankedCrossSells }[] = [];
  let maxRaw = 0;
  for (const product of anchors) {
    const lists = rankCrossSells(product, context);
    for (const offer of lists.offers) if (offer.raw !== undefined && offer.raw > maxRaw) maxRaw = offer.raw;
    for (const raw of lists.votes.raws) if (raw > maxRaw) maxRaw = raw;
    for (const raw of lists.against.raws) if (raw > maxRaw) maxRaw = raw;
    ranked.push({ product, lists });
  }
  const scale = maxRaw > 0 ? 1 / maxRaw : 0;
  const { baskets } = input;
  // The learned model alone gives the co-occurrence scorer, and so its pair votes, no weight: their second pass over
  // the baskets (on a shop of long baskets, a quarter of a recompute) is skipped.
  const voteScale = settings.pairVoteWeight * scale * (scorer?.scorerFactor ?? 1);
  const pairs =
    baskets && voteScale > 0
      ? publishPairVotes(
          (shared.pairVotes ??= pairVotes(
            minePairContexts(baskets, counts, settings.halfLifeDays),
            partners,
            settings.priorWeight,
          )),
          {
            ...context,
            anchors,
            cartGid: input.cartGid,
            scale: voteScale,
          },
        )
      : new Map<number, PairVotes[]>();
  return ranked.map(({ product, lists }) => {
    const further = lists.votes.raws.map((raw, at): Vote => [lists.votes.productGids[at] ?? '', raw * scale]);
    const carried = pairs.get(product);
    const against = lists.against.raws.map((raw, at): Vote => [
      lists.against.productGids[at] ?? '',
      raw * scale,
    ]);
    return {
      product,
      productId: products.id(product),
      offers: toPublished(lists.offers, maxRaw),
      votes: {
        ...(further.length > 0 ? { partners: further } : {}),
        ...(carried ? { pairs: carried } : {}),
        ...(against.length > 0 ? { against } : {}),
      },
      coldStart: !((counts.partnerMass[product] ?? 0) > 0),
    };
  });
}

function toPublished(offers: readonly RankedCrossSell[], maxRaw: number): PublishedOffer[] {
  let merchant = 0;
  return offers.map((offer) => {
    const base = {
      variantId: offer.target.variantGid,
      productId: offer.target.productGid,
      kind: 'xsell' as const,
    };
    // Merchant picks keep the merchant's order: 1, 0.9999, 0.9998…
    if (offer.reason === 'merchant')
      return { ...base, score: Math.max(0, 1 - merchant++ / 10_000), reason: 'merchant' as const };
    const score = maxRaw > 0 ? (offer.raw ?? 0) / maxRaw : 0;
    return offer.reason === 'bought_together'
      ? { ...base, score, reason: offer.reason, support: offer.together }
      : { ...base, score, reason: offer.reason };
  });
}
