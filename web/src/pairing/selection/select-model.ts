/* eslint-disable @typescript-eslint/no-non-null-assertion -- numeric kernel: typed-array reads are in bounds by construction, and noUncheckedIndexedAccess would otherwise need a cast on every access. */
import { confidenceRecommender, popularityRecommender } from '../eval/baselines.js';
import { engineGidOrder, engineRecommender } from '../eval/engine-recommender.js';
import { evaluate, isScoredBasket, seenInTraining } from '../eval/harness.js';
import type { IdInterner } from '../interner.js';
import { learnedFitKey, sharedFits, type SharedFits } from '../lists/build-offer-lists.js';
import { localEaseFits } from '../learned/local-ease.js';
import type { CatalogIndex } from '../lists/catalog-index.js';
import { decayOptions } from '../mining/decay.js';
import { mineBaskets } from '../mining/mine-baskets.js';
import type { OrderLog } from '../orders/order-log.js';
import type { BasketLog } from '../orders/types.js';
import type { CooccurrenceCounts } from '../mining/types.js';
import { DEFAULT_PAIRING_SETTINGS, type PairingSettings } from '../types.js';
import { MODEL_CANDIDATES, type ModelCandidate } from './candidates.js';
import type { ModelSelection, ValidationScore } from './types.js';

export interface SelectionOptions {
  /** Settings every candidate starts from (the shop's). */
  readonly settings?: Partial<PairingSettings> | undefined;
  readonly catalog?: CatalogIndex | undefined;
  /** The default first. */
  readonly candidates?: readonly ModelCandidate[];
  /** Newest share of the history held out. Default 0.2. */
  readonly validationShare?: number;
  /** At most this many newest orders held out: on a large shop more adds time, not certainty. Default 20,000. */
  readonly maxValidationOrders?: number;
  /**
   * At most about this many leave-one-out cases: the newest orders are held out only until they hold this many.
   * Scoring costs time in proportion to cases, and long baskets (26 products an order) hold many; beyond this the
   * standard error shrinks little (±0.25 points at a hit rate of 25 %). Default 30,000.
   */
  readonly maxValidationCases?: number;
  /**
   * Held-out orders with more products are not scored (default 40). A wholesale order of 300 products is no checkout
   * cart, and its leave-one-out cases cost cubically: on online-retail-uk such orders made the average case a cart of
   * 218 products and most of selection's time.
   */
  readonly maxCartSize?: number;
  /** Fewer leave-one-out cases than this and the default is kept. Default 300. */
  readonly minCases?: number;
}

const DEFAULT_MAX_CART = 40;

export const BASELINE_LABELS = { popularity: 'Best sellers', confidence: 'Bought-together rule' } as const;

/**
 * Per-shop model selection: every candidate learns from the older part of the shop's history and is scored on its
 * newest orders (never on anything later than the history given), through the published lists and checkout's
 * merge. The default is kept unless a candidate beats it on both HR@3 and HR@10 by more than one standard error
 * of the default's rates; among those that do, the best on HR@3 + HR@10 wins. Too little history keeps the default.
 */
export function selectModel(
  log: BasketLog,
  history: number,
  products: IdInterner,
  options: SelectionOptions = {},
): ModelSelection {
  const candidates = options.candidates ?? MODEL_CANDIDATES;
  const fallback = candidates[0];
  if (!fallback) throw new RangeError('selection needs at least one candidate');
  const maxCart = options.maxCartSize ?? DEFAULT_MAX_CART;
  const { held, cases } = newestHeldOut(
    log,
    history,
    Math.min(Math.round(history * (options.validationShare ?? 0.2)), options.maxValidationOrders ?? 20_000),
    options.maxValidationCases ?? 30_000,
    maxCart,
  );
  const train = history - held;
  // The history as a log of its own, so the held-out orders end where the history ends.
  const view: BasketLog = {
    count: history,
    start: log.start.subarray(0, history + 1),
    items: log.items,
    createdAt: log.createdAt.subarray(0, history),
  };
  const split = { trainOrders: train, validationOrders: held, cases };
  const minCases = options.minCases ?? 300;
  if (train <= 0 || split.cases < minCases)
    return {
      kind: 'too_little_history',
      chosen: fallback,
      reason: `the newest ${held} orders give ${split.cases} items to test on, fewer than the ${minCases} a fair comparison needs, so the default is kept`,
      split,
    };
  const base = { ...DEFAULT_PAIRING_SETTINGS, ...options.settings };
  const range = { from: 0, to: train };
  const counts = mineBaskets(view, range, products.size, {
    minPairCount: base.minPairCount,
    ...decayOptions(base),
  });
  const plain = mineBaskets(view, range, products.size, { minPairCount: 2 });
  const rank = products.ranks();
  // Candidates differ in the blend and λ: each λ is fitted once, the pair votes once for all.
  const shared = sharedFits();
  prefitLearned(
    shared,
    counts,
    candidates.map((candidate) => ({ ...base, ...candidate.settings })),
  );
  const seen = seenInTraining(view, train, products.size);
  const anchors = heldOutProducts(view, train, seen, maxCart);
  const order = engineGidOrder(products.size);
  // One candidate's lists at a time: a large catalog's eight sets of lists would not fit in memory together.
  const scores = candidates.map((candidate) => {
    const recommender = engineRecommender(counts, products, {
      settings: { ...base, ...candidate.settings },
      catalog: options.catalog,
      baskets: { log: view, ...range },
      shared,
      anchors,
      gidOrder: order,
    });
    const [result] = evaluate(view, train, seen, [recommender], maxCart).results;
    return { id: candidate.id, label: candidate.label, hr3: result?.hr3 ?? 0, hr10: result?.hr10 ?? 0 };
  });
  const { results } = evaluate(
    view,
    train,
    seen,
    [popularityRecommender(plain, rank), confidenceRecommender(plain, rank)],
    maxCart,
  );
  const baselines = results.map((result) => ({
    id: result.recommender,
    label: BASELINE_LABELS[result.recommender as keyof typeof BASELINE_LABELS] ?? result.recommender,
    hr3: result.hr3,
    hr10: result.hr10,
  }));
  const [defaultScore] = scores;
  if (!defaultScore) throw new RangeError('selection needs at least one candidate');
  const standardError = {
    hr3: standardErrorOf(defaultScore.hr3, split.cases),
    hr10: standardErrorOf(defaultScore.hr10, split.cases),
  };
  const winner = scores
    .slice(1)
    .filter(
      (score) =>
        score.hr3 - defaultScore.hr3 > standardError.hr3 &&
        score.hr10 - defaultScore.hr10 > standardError.hr10,
    )
    .sort((a, b) => b.hr3 + b.hr10 - (a.hr3 + a.hr10))[0];
  const describe = (score: ValidationScore): string =>
    `${score.hr3.toFixed(1)} and ${score.hr10.toFixed(1)} in 100 (first 3 / first 10 offers)`;
  const margin = `± ${standardError.hr3.toFixed(1)} / ${standardError.hr10.toFixed(1)} over ${split.cases} test items`;
  if (!winner)
    return {
      kind: 'default_kept',
      chosen: fallback,
      reason: `no other model found more on both counts than chance explains (${margin}); it found ${describe(defaultScore)}`,
      split,
      candidates: scores,
      baselines,
      standardError,
    };
  const chosen = candidates.find((candidate) => candidate.id === winner.id) ?? fallback;
  return {
    kind: 'selected',
    chosen,
    reason: `it found ${describe(winner)} against the default's ${defaultScore.hr3.toFixed(1)} and ${defaultScore.hr10.toFixed(1)}, more on both counts than chance explains (${margin})`,
    split,
    candidates: scores,
    baselines,
    standardError,
  };
}

/**
 * The learned fits the candidates will read, all λ of one solve budget in one pass over the neighbourhoods (see
 * `localEaseFits`): finding each product's neighbourhood and filling its normal equations is then done once, not
 * once per λ.
 */
function prefitLearned(
  shared: SharedFits,
  counts: CooccurrenceCounts,
  settings: readonly PairingSettings[],
): void {
  const byBudget = new Map<number, Set<number>>();
  for (const { learnedWeight, learnedLambda, learnedBudget } of settings)
    if (learnedWeight > 0)
      byBudget.set(learnedBudget, (byBudget.get(learnedBudget) ?? new Set()).add(learnedLambda));
  for (const [learnedBudget, lambdas] of byBudget) {
    const ordered = [...lambdas];
    localEaseFits(counts, ordered, { budget: learnedBudget }).forEach((fit, at) =>
      shared.learned.set(learnedFitKey({ learnedLambda: ordered[at]!, learnedBudget }), fit),
    );
  }
}

/**
 * How many of the newest `orders` of the history to hold out (≥ 1) so that they hold at most `maxCases` leave-one-out
 * cases — each product of each order of 2 to `maxCart` products — and how many cases they hold.
 */
function newestHeldOut(
  log: BasketLog,
  history: number,
  orders: number,
  maxCases: number,
  maxCart: number,
): { readonly held: number; readonly cases: number } {
  let cases = 0;
  let held = 0;
  for (let basket = history - 1; basket >= history - orders && basket >= 0; basket--) {
    const size = log.start[basket + 1]! - log.start[basket]!;
    const more = isScoredBasket(size, maxCart) ? size : 0;
    if (held > 0 && cases + more > maxCases) break;
    cases += more;
    held += 1;
  }
  return { held, cases };
}

/** The products the scored held-out carts hold (those bought in training): the only lists the scoring reads. */
function heldOutProducts(log: BasketLog, train: number, seen: Uint8Array, maxCart: number): number[] {
  const products = new Set<number>();
  for (let basket = train; basket < log.count; basket++) {
    const from = log.start[basket]!;
    const to = log.start[basket + 1]!;
    if (!isScoredBasket(to - from, maxCart)) continue;
    for (let at = from; at < to; at++) if (seen[log.items[at]!]) products.add(log.items[at]!);
  }
  return [...products].sort((a, b) => a - b);
}

/** One standard error of a hit rate p (percent) over `cases` trials, in percentage points. */
function standardErrorOf(percent: number, cases: number): number {
  const p = percent / 100;
  return cases > 0 ? 100 * Math.sqrt((p * (1 - p)) / cases) : Number.POSITIVE_INFINITY;
}

/** Selection over a whole collected history (a recompute's, the `mine` CLI's): all of it is the training part. */
export function selectForHistory(history: OrderLog, options: SelectionOptions = {}): ModelSelection {
  const { log } = history.baskets();
  return selectModel(log, log.count, history.products, options);
}
