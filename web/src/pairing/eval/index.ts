export { runEvaluation, type EvaluationOptions } from './run-evaluation.js';
export { evaluate, seenInTraining, trainCount } from './harness.js';
export {
  confidenceRecommender,
  cosineRecommender,
  popularityRecommender,
  BASELINE_NEIGHBOURS,
} from './baselines.js';
export { engineRecommender } from './engine-recommender.js';
export { formatEvalTable } from './report-table.js';
export type { EvalInfo, EvalReport, Recommender, RecommenderResult } from './types.js';
