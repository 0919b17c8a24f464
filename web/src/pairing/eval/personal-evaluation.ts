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
import {
  buildProfile,
  DEFAULT_PROFILE_SELECTION,
  type ProfilePurchase,
  type ProfileSelection,
} from '../profile/build-profile.js';
import { learnRepurchaseIntervals } from '../profile/repurchase-intervals.js';
import { isScoredBasket, seenInTraining, trainCount } from './harness.js';
import type { IndexedMerge } from './indexed-merge.js';
import { BUYER_GROUPS, type BuyerGroup, type GroupResult, type PersonalReport } from './personal-types.js';

export interface PersonalEvalInput {
  readonly log: BasketLog;
  /** Each basket's customer id ('' when the order has none), in log order. */
  readonly customers: readonly string[];
  readonly train: number;
  readonly productCount: number;
  /** The engine as published after learning orders [0, to): its lists behind checkout's merge. */
  readonly engine: (to: number) => IndexedMerge;
  /** Where the (minutes-long) evaluation is, for the CLI's stderr. */
  readonly progress?: (message: string) => void;
}

/** The eval's GIDs, as `engineMerge` names products. */
const gidOf = (product: number): string => `gid://shopify/Product/${product + 1}`;
const variantOf = (product: number): string => `gid://shopify/ProductVariant/${product + 1}`;
const EVAL_SHOP = 'eval.myshopify.com';

/** The profile selections tried on the validation orders: the first is the one before this tuning. */
export const SELECTIONS: readonly ProfileSelection[] = [
  { rankHalfLifeDays: 0, maxItems: 40, maxVotes: 40 },
  { rankHalfLifeDays: 180, maxItems: 60, maxVotes: 10 },
  { rankHalfLifeDays: 60, maxItems: 60, maxVotes: 10 },
  DEFAULT_PROFILE_SELECTION,
];

/** The blend's weights tried on the validation orders first (history votes off, due at once, the 90-day rule). */
export function weightGrid(): PersonalWeights[] {
  const grid: PersonalWeights[] = [];
  for (const again of [0.3, 0.6, 1, 1.5, 2.5])
    for (const shareExponent of [0.5, 1])
      for (const againHalfLifeDays of [0, 90])
        grid.push({ history: 0, again, shareExponent, againHalfLifeDays, dueFraction: 0, recentDays: 90 });
  return grid;
}

/** Then, around the best blend: the history's votes, when a repeat purchase is due, and the not-again window. */
export function refineGrid(best: PersonalWeights): PersonalWeights[] {
  const grid: PersonalWeights[] = [];
  for (const history of [0, 0.1, 0.2])
    for (const dueFraction of [0, 0.5])
      for (const recentDays of [30, 90, 180]) grid.push({ ...best, history, dueFraction, recentDays });
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
  /** The buyer's profile under each selection tried (`SELECTIONS` order, or the one chosen). */
  readonly profiles: readonly (BuyerProfile | undefined)[];
  /** Whether the buyer had bought the target before at all (the ceiling of any profile). */
  readonly boughtBefore: boolean;
}

interface Tally {
  cases: number;
  plain3: number;
  plain10: number;
  own3: number;
  own10: number;
  free3: number;
  free10: number;
  before: number;
  inProfile: number;
  oracle10: number;
}

const emptyTally = (): Tally => ({
  cases: 0,
  plain3: 0,
  plain10: 0,
  own3: 0,
  own10: 0,
  free3: 0,
  free10: 0,
  before: 0,
  inProfile: 0,
  oracle10: 0,
});

/** How validation ranks a weight set: the smaller of its two gains measured against the goal's (×1.05, ×1.10). */
const GOAL_HR3 = 1.05;
const GOAL_HR10 = 1.1;

/**
 * The personalised offline evaluation: for each order of a customer with earlier orders, the profile is built by the
 * production builder from that customer's orders strictly before it (training orders and earlier test orders, never
 * later ones), published and read back as checkout reads it, and the cart merge's candidates are re-ranked by the
 * offer core's `personaliseOffers`. The profile selection and the weights are chosen on the newest 20 % of the
 * training orders with an engine learnt from the rest; then the test orders are scored with the full engine, beside
 * the engine as today.
 */
export function evaluatePersonal(input: PersonalEvalInput): PersonalReport {
  const { log, train } = input;
  const validationStart = trainCount(train, 0.8);
  const gids = Array.from({ length: input.productCount }, (_, product) => gidOf(product));
  const history = customerHistory(input.customers);
  const returning = [
    ...cases(input, history, gids, validationStart, train, input.engine(validationStart), SELECTIONS),
  ].filter((scored) => scored.group === 'returning');
  input.progress?.(`personal: ${returning.length} returning validation cases; trying weights\n`);
  const validationPlain = tally(returning, 0, undefined);
  const score = (hr3: number, hr10: number): number =>
    Math.min(
      hr3 / Math.max(validationPlain.plain.hr3, 1e-9) / GOAL_HR3,
      hr10 / Math.max(validationPlain.plain.hr10, 1e-9) / GOAL_HR10,
    );
  const byScore = (a: { hr3: number; hr10: number }, b: { hr3: number; hr10: number }): number =>
    score(b.hr3, b.hr10) - score(a.hr3, a.hr10) || b.hr10 - a.hr10;
  const first = SELECTIONS.flatMap((selection, at) =>
    weightGrid().map((weights) => ({ selection, weights, ...hitRates(returning, at, weights) })),
  ).sort(byScore);
  const best = first[0]!;
  input.progress?.(`personal: ${first.length} tried, refining; then the test orders\n`);
  const at = SELECTIONS.indexOf(best.selection);
  const validation = [
    ...first,
    ...refineGrid(best.weights)
      .filter(
        (weights) =>
          weights.history !== 0 ||
          weights.dueFraction !== best.weights.dueFraction ||
          weights.recentDays !== best.weights.recentDays,
      )
      .map((weights) => ({ selection: best.selection, weights, ...hitRates(returning, at, weights) })),
  ].sort(byScore);
  const { weights, selection } = validation[0]!;
  const chosen = tally(returning, SELECTIONS.indexOf(selection), weights);
  const tallies = new Map(BUYER_GROUPS.map((group) => [group, [] as PersonalCase[]]));
  for (const scored of cases(input, history, gids, train, log.count, input.engine(train), [selection]))
    tallies.get(scored.group)!.push(scored);
  return {
    weights,
    selection,
    validation: validation.map(({ selection: tried, weights: w, hr3, hr10 }) => ({
      selection: tried,
      weights: w,
      hr3,
      hr10,
    })),
    validationOrders: train - validationStart,
    validationReturning: { ...chosen, group: 'returning' },
    groups: BUYER_GROUPS.map((group) => ({ group, ...tally(tallies.get(group)!, 0, weights) })),
  };
}

/** HR@3/HR@10 of the engine as today and personalised (profile `at` of each case), with the ceilings. */
function tally(
  scoredCases: readonly PersonalCase[],
  at: number,
  weights: PersonalWeights | undefined,
): Omit<GroupResult, 'group'> {
  const t = emptyTally();
  for (const scored of scoredCases) {
    t.cases += 1;
    if (scored.boughtBefore) t.before += 1;
    const profile = scored.profiles[at];
    const inProfile =
      scored.hit && profile !== undefined && profile.bought.some((b) => b.productId === scored.targetGid);
    if (inProfile) t.inProfile += 1;
    const plainAt = scored.hit ? scored.plain.indexOf(scored.target) : -1;
    if (plainAt >= 0 && plainAt < 3) t.plain3 += 1;
    if (plainAt >= 0) t.plain10 += 1;
    if (plainAt >= 0 || inProfile) t.oracle10 += 1;
    if (!weights) continue;
    const ownAt = personalRank(scored, at, weights);
    if (ownAt >= 0 && ownAt < 3) t.own3 += 1;
    if (ownAt >= 0) t.own10 += 1;
    const freeAt = personalRank(scored, at, { ...weights, recentDays: 0 });
    if (freeAt >= 0 && freeAt < 3) t.free3 += 1;
    if (freeAt >= 0) t.free10 += 1;
  }
  return {
    cases: t.cases,
    plain: { hr3: percent(t.plain3, t.cases), hr10: percent(t.plain10, t.cases) },
    personal: { hr3: percent(t.own3, t.cases), hr10: percent(t.own10, t.cases) },
    withoutRecentRule: { hr3: percent(t.free3, t.cases), hr10: percent(t.free10, t.cases) },
    boughtBefore: t.before,
    inProfile: t.inProfile,
    oracleHr10: percent(t.oracle10, t.cases),
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
  selections: readonly ProfileSelection[],
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
    const profiles =
      group === 'returning'
        ? selections.map((selection) => profileOf(earlier, basket, selection))
        : selections.map(() => undefined);
    const bought = new Set<number>();
    for (const order of earlier)
      for (let at = log.start[order]!; at < log.start[order + 1]!; at++) bought.add(log.items[at]!);
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
        profiles,
        boughtBefore: bought.has(target),
      };
    }
  }

  function profileOf(
    earlier: readonly number[],
    basket: number,
    selection: ProfileSelection,
  ): BuyerProfile | undefined {
    const purchases: ProfilePurchase[] = [];
    for (const order of earlier)
      for (let at = log.start[order]!; at < log.start[order + 1]!; at++)
        purchases.push({
          orderId: String(order),
          productId: gids[log.items[at]!]!,
          variantId: variantOf(log.items[at]!),
          day: day(order),
        });
    const built = buildProfile({
      shop: EVAL_SHOP,
      today: day(basket),
      purchases,
      intervals,
      historyMerge,
      selection,
    });
    if (!built) return undefined;
    // Through the wire format, as checkout reads it.
    const read = readProfile(serializeProfile(built), { shop: EVAL_SHOP, today: day(basket) });
    return read.kind === 'ok' ? read.profile : undefined;
  }
}

/** The target's place in the personalised top 10 (-1: not there, or never seen in training). */
function personalRank(scored: PersonalCase, at: number, weights: PersonalWeights): number {
  if (!scored.hit) return -1;
  const profile = scored.profiles[at];
  if (!profile) return scored.plain.indexOf(scored.target);
  const offers = personaliseOffers(scored.candidates, profile, {
    max: 10,
    excludeProductIds: scored.exclude,
    weights,
  });
  return offers.findIndex((offer) => offer.productId === scored.targetGid);
}

function hitRates(
  scoredCases: readonly PersonalCase[],
  selection: number,
  weights: PersonalWeights,
): { hr3: number; hr10: number } {
  let small = 0;
  let large = 0;
  for (const scored of scoredCases) {
    const at = personalRank(scored, selection, weights);
    if (at >= 0 && at < 3) small += 1;
    if (at >= 0) large += 1;
  }
  return { hr3: percent(small, scoredCases.length), hr10: percent(large, scoredCases.length) };
}

function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((10_000 * part) / whole) / 100 : 0;
}
