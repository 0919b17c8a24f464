/* eslint-disable @typescript-eslint/no-non-null-assertion -- numeric kernel: typed-array reads are in bounds by construction, and noUncheckedIndexedAccess would otherwise need a cast on every access. */
import {
  dayNumber,
  PERSONAL_POOL,
  personaliseOffers,
  readProfile,
  serializeProfile,
  type BuyerProfile,
  type PersonalWeights,
  type RankedProduct,
} from '@tandem/offer-core';
import type { BasketLog } from '../orders/types.js';
import { buildProfile, type ProfilePurchase } from '../profile/build-profile.js';
import { learnRepurchaseIntervals } from '../profile/repurchase-intervals.js';
import { isScoredBasket, seenInTraining, trainCount } from './harness.js';
import type { IndexedMerge } from './indexed-merge.js';
import { BUYER_GROUPS, type BuyerGroup, type PersonalReport } from './personal-types.js';

export interface PersonalEvalInput {
  readonly log: BasketLog;
  /** Each basket's customer id ('' when the order has none), in log order. */
  readonly customers: readonly string[];
  readonly train: number;
  readonly productCount: number;
  /** The engine as published after learning orders [0, to): its lists behind checkout's merge. */
  readonly engine: (to: number) => IndexedMerge;
}

/** The eval's GIDs, as `engineMerge` names products. */
const gidOf = (product: number): string => `gid://shopify/Product/${product + 1}`;
const variantOf = (product: number): string => `gid://shopify/ProductVariant/${product + 1}`;
const EVAL_SHOP = 'eval.myshopify.com';

/** The weights tried on the validation orders; recentDays is the product rule, not tuned. */
export function weightGrid(): PersonalWeights[] {
  const grid: PersonalWeights[] = [];
  for (const history of [0, 0.1])
    for (const again of [0.2, 0.3, 0.4])
      for (const dueFraction of [0, 0.5])
        for (const againHalfLifeDays of [0, 90])
          grid.push({ history, again, againHalfLifeDays, dueFraction, recentDays: 90 });
  return grid;
}

interface PersonalCase {
  readonly group: BuyerGroup;
  readonly target: number;
  readonly targetGid: string;
  readonly hit: boolean;
  readonly exclude: ReadonlySet<string>;
  readonly candidates: readonly RankedProduct[];
  /** The engine's top 10 as today (the same merge). */
  readonly plain: readonly number[];
  readonly profile: BuyerProfile | undefined;
  readonly boughtBefore: boolean;
}

/**
 * The personalised offline evaluation: for each order of a customer with earlier orders, the profile is built by the
 * production builder from that customer's orders strictly before it (training orders and earlier test orders, never
 * later ones), published and read back as checkout reads it, and the cart merge's candidates are re-ranked by the
 * offer core's `personaliseOffers`. Weights are chosen on the newest 20 % of the training orders with an engine
 * learnt from the rest, then the test orders are scored with the full engine, beside the engine as today.
 */
export function evaluatePersonal(input: PersonalEvalInput): PersonalReport {
  const { log, train } = input;
  const validationStart = trainCount(train, 0.8);
  const gids = Array.from({ length: input.productCount }, (_, product) => gidOf(product));
  const history = customerHistory(input.customers);
  const returning = [
    ...cases(input, history, gids, validationStart, train, input.engine(validationStart)),
  ].filter((scored) => scored.group === 'returning');
  const validation = weightGrid()
    .map((weights) => ({ weights, ...hitRates(returning, weights) }))
    .sort((a, b) => b.hr10 - a.hr10 || b.hr3 - a.hr3);
  const weights = validation[0]!.weights;
  const tallies = new Map(
    BUYER_GROUPS.map((group) => [
      group,
      { cases: 0, plain3: 0, plain10: 0, own3: 0, own10: 0, free3: 0, free10: 0, before: 0 },
    ]),
  );
  for (const scored of cases(input, history, gids, train, log.count, input.engine(train))) {
    const tally = tallies.get(scored.group)!;
    tally.cases += 1;
    if (scored.boughtBefore) tally.before += 1;
    const plainAt = scored.hit ? scored.plain.indexOf(scored.target) : -1;
    if (plainAt >= 0 && plainAt < 3) tally.plain3 += 1;
    if (plainAt >= 0) tally.plain10 += 1;
    const ownAt = personalRank(scored, weights);
    if (ownAt >= 0 && ownAt < 3) tally.own3 += 1;
    if (ownAt >= 0) tally.own10 += 1;
    const freeAt = personalRank(scored, { ...weights, recentDays: 0 });
    if (freeAt >= 0 && freeAt < 3) tally.free3 += 1;
    if (freeAt >= 0) tally.free10 += 1;
  }
  return {
    weights,
    validation,
    validationOrders: train - validationStart,
    groups: BUYER_GROUPS.map((group) => {
      const tally = tallies.get(group)!;
      return {
        group,
        cases: tally.cases,
        plain: { hr3: percent(tally.plain3, tally.cases), hr10: percent(tally.plain10, tally.cases) },
        personal: { hr3: percent(tally.own3, tally.cases), hr10: percent(tally.own10, tally.cases) },
        withoutRecentRule: {
          hr3: percent(tally.free3, tally.cases),
          hr10: percent(tally.free10, tally.cases),
        },
        boughtBefore: tally.before,
      };
    }),
  };
}

/** Each customer's baskets in log (time) order. */
function customerHistory(customers: readonly string[]): Map<string, number[]> {
  const history = new Map<string, number[]>();
  customers.forEach((customer, basket) => {
    if (customer === '') return;
    const baskets = history.get(customer);
    if (baskets) baskets.push(basket);
    else history.set(customer, [basket]);
  });
  return history;
}

function* cases(
  input: PersonalEvalInput,
  history: ReadonlyMap<string, readonly number[]>,
  gids: readonly string[],
  from: number,
  to: number,
  merge: IndexedMerge,
): Generator<PersonalCase> {
  const { log, customers } = input;
  const seen = seenInTraining(log, from, input.productCount);
  const day = (basket: number): number => dayNumber(log.createdAt[basket]!);
  // The shop's repeat purchases as known when the engine was fitted.
  const intervals = learnRepurchaseIntervals(
    (function* () {
      for (let basket = 0; basket < from; basket++)
        for (let at = log.start[basket]!; at < log.start[basket + 1]!; at++)
          yield { customer: customers[basket]!, product: gids[log.items[at]!]!, day: day(basket) };
    })(),
  );
  const historyMerge = (productIds: readonly string[]): RankedProduct[] => {
    const scores: number[] = [];
    const products = merge.recommend(
      productIds.map((gid) => Number(gid.slice(gid.lastIndexOf('/') + 1)) - 1),
      40,
      scores,
    );
    return products.map((product, at) => ({ productId: gids[product]!, score: scores[at]! }));
  };
  const query: number[] = [];
  for (let basket = from; basket < to; basket++) {
    const start = log.start[basket]!;
    const end = log.start[basket + 1]!;
    if (!isScoredBasket(end - start)) continue;
    const customer = customers[basket]!;
    const earlier = (history.get(customer) ?? []).filter(
      (other) => other < basket && log.createdAt[other]! < log.createdAt[basket]!,
    );
    const group: BuyerGroup = customer === '' ? 'guest' : earlier.length > 0 ? 'returning' : 'first_time';
    const profile = group === 'returning' ? profileOf(earlier, basket) : undefined;
    const bought = new Set(profile?.bought.map((item) => item.productId));
    for (let held = start; held < end; held++) {
      const target = log.items[held]!;
      query.length = 0;
      for (let at = start; at < end; at++)
        if (at !== held && seen[log.items[at]!]) query.push(log.items[at]!);
      const scores: number[] = [];
      const ranked = merge.recommend(query, PERSONAL_POOL, scores);
      yield {
        group,
        target,
        targetGid: gids[target]!,
        hit: seen[target] === 1,
        exclude: new Set(query.map((product) => gids[product]!)),
        candidates: ranked.map((product, at) => ({ productId: gids[product]!, score: scores[at]! })),
        plain: ranked.slice(0, 10),
        profile,
        boughtBefore: bought.has(gids[target]!),
      };
    }
  }

  function profileOf(earlier: readonly number[], basket: number): BuyerProfile | undefined {
    const purchases: ProfilePurchase[] = [];
    for (const order of earlier)
      for (let at = log.start[order]!; at < log.start[order + 1]!; at++)
        purchases.push({
          orderId: String(order),
          productId: gids[log.items[at]!]!,
          variantId: variantOf(log.items[at]!),
          day: day(order),
        });
    const built = buildProfile({ shop: EVAL_SHOP, today: day(basket), purchases, intervals, historyMerge });
    if (!built) return undefined;
    // Through the wire format, as checkout reads it.
    const read = readProfile(serializeProfile(built), { shop: EVAL_SHOP, today: day(basket) });
    return read.kind === 'ok' ? read.profile : undefined;
  }
}

/** The target's place in the personalised top 10 (-1: not there, or never seen in training). */
function personalRank(scored: PersonalCase, weights: PersonalWeights): number {
  if (!scored.hit) return -1;
  if (!scored.profile) return scored.plain.indexOf(scored.target);
  const offers = personaliseOffers(scored.candidates, scored.profile, {
    max: 10,
    excludeProductIds: scored.exclude,
    weights,
  });
  return offers.findIndex((offer) => offer.productId === scored.targetGid);
}

function hitRates(
  scoredCases: readonly PersonalCase[],
  weights: PersonalWeights,
): { hr3: number; hr10: number } {
  let small = 0;
  let large = 0;
  for (const scored of scoredCases) {
    const at = personalRank(scored, weights);
    if (at >= 0 && at < 3) small += 1;
    if (at >= 0) large += 1;
  }
  return { hr3: percent(small, scoredCases.length), hr10: percent(large, scoredCases.length) };
}

function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((10_000 * part) / whole) / 100 : 0;
}
