import type { IdInterner } from '../interner.js';
import type { CatalogIndex } from '../lists/catalog-index.js';
import { decayOptions } from '../mining/decay.js';
import { mineBaskets } from '../mining/mine-baskets.js';
import type { OrderedBaskets } from '../orders/order-log.js';
import { DEFAULT_PAIRING_SETTINGS, type PairingSettings } from '../types.js';
import { confidenceRecommender, cosineRecommender, popularityRecommender } from './baselines.js';
import { selectModel } from '../selection/select-model.js';
import { easeReference } from './ease-reference.js';
import { engineMerge, engineRecommender } from './engine-recommender.js';
import { evaluatePersonal } from './personal-evaluation.js';
import { evaluate, seenInTraining, trainCount } from './harness.js';
import type { EvalReport } from './types.js';

export interface EvaluationOptions {
  readonly trainFraction?: number;
  readonly settings?: Partial<PairingSettings>;
  /** The shop's catalog, for the engine's group priors and substitute rule (not for availability). */
  readonly catalog?: CatalogIndex | undefined;
  /**
   * Model selection on the newest part of the training orders, as a recompute does (default): the engine row is
   * what the shop would publish. Off: the settings as given.
   */
  readonly select?: boolean;
  /** The dense EASE^R reference row (catalogs up to `EASE_MAX_PRODUCTS`). Default on. */
  readonly ease?: boolean;
  /** Each basket's customer id ('' for none), in basket order: adds the personalised evaluation. */
  readonly customers?: readonly string[];
  /** Progress of the personalised evaluation (minutes long on real data). */
  readonly progress?: (message: string) => void;
}

/** The offline evaluation: engine and the three baselines on one time-ordered split, same cases for all. */
export function runEvaluation(
  baskets: OrderedBaskets,
  products: IdInterner,
  options: EvaluationOptions = {},
): EvalReport {
  const trainFraction = options.trainFraction ?? 0.8;
  const { log, ordering } = baskets;
  const train = trainCount(log.count, trainFraction);
  const productCount = products.size;
  const range = { from: 0, to: train };
  const rank = products.ranks();
  const selection =
    options.select === false
      ? undefined
      : selectModel(log, train, products, { settings: options.settings, catalog: options.catalog });
  const settings = { ...DEFAULT_PAIRING_SETTINGS, ...options.settings, ...selection?.chosen.settings };
  // Baselines use plain counts with the issue's floor of 2; the engine its own settings (decay, floor).
  const plain = mineBaskets(log, range, productCount, { minPairCount: 2 });
  const engineCounts =
    settings.halfLifeDays > 0 || settings.trendHalfLifeDays > 0 || settings.minPairCount !== 2
      ? mineBaskets(log, range, productCount, {
          minPairCount: settings.minPairCount,
          ...decayOptions(settings),
        })
      : plain;
  const ease = options.ease === false ? undefined : easeReference(log, train, productCount, rank);
  const recommenders = [
    engineRecommender(engineCounts, products, {
      settings,
      catalog: options.catalog,
      baskets: { log, ...range },
    }),
    ...(ease ? [ease.recommender] : []),
    popularityRecommender(plain, rank),
    confidenceRecommender(plain, rank),
    cosineRecommender(plain, rank),
  ];
  const seen = seenInTraining(log, train, productCount);
  const { info, results } = evaluate(log, train, seen, recommenders);
  const { customers } = options;
  // The same engine (settings, catalog, pair votes) learnt from the orders before `to`.
  const engineUpTo = (to: number) =>
    engineMerge(
      to === train
        ? engineCounts
        : mineBaskets(log, { from: 0, to }, productCount, {
            minPairCount: settings.minPairCount,
            ...decayOptions(settings),
          }),
      products,
      { settings, catalog: options.catalog, baskets: { log, from: 0, to } },
    );
  const personal =
    customers === undefined
      ? undefined
      : evaluatePersonal({
          log,
          customers,
          train,
          productCount,
          engine: engineUpTo,
          ...(options.progress ? { progress: options.progress } : {}),
        });
  return {
    info: {
      orders: log.count,
      trainOrders: train,
      testOrders: log.count - train,
      ...info,
      ordering,
      trainFraction,
      units: 'hr3, hr10 and coverage in percent; coverage = training products shown in some top-10',
      engine: {
        maxOffers: settings.maxOffers,
        voteDepth: settings.voteDepth,
        pairVoteWeight: settings.pairVoteWeight,
        priorWeight: settings.priorWeight,
        groupPriorWeight: settings.groupPriorWeight,
        popularityPenalty: settings.popularityPenalty,
        maxDiscount: settings.maxDiscount,
        minPairCount: settings.minPairCount,
        halfLifeDays: settings.halfLifeDays,
        trendHalfLifeDays: settings.trendHalfLifeDays,
        trendPriorWeight: settings.trendPriorWeight,
        learnedWeight: settings.learnedWeight,
        learnedLambda: settings.learnedLambda,
        learnedTrend: settings.learnedTrend,
        againstDepth: settings.againstDepth,
        path: 'serializeOfferList → parseOfferList → mergeOffers (the checkout merge), cart = query products',
      },
      baselines:
        'pairs with count ≥ 2, 50 partners per product; confidence merged by max, cosine by sum; no popularity fill',
      ...(ease
        ? {
            ease: `dense EASE^R, λ ${ease.lambda} chosen on the newest 20 % of the training orders (${ease.validation
              .map((row) => `λ ${row.lambda}: ${row.hr3.toFixed(2)}/${row.hr10.toFixed(2)}`)
              .join(', ')}), refitted on all of them`,
          }
        : {}),
    },
    ...(selection ? { selection } : {}),
    ...(personal ? { personal } : {}),
    results,
  };
}
