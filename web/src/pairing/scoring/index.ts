export { PartnerScorer } from './partner-scorer.js';
export { GroupPriors } from './group-priors.js';
export { topK } from './top-k.js';
export { DEFAULT_SCORING, type GroupPrior, type ScoredCandidate, type ScoringSettings } from './types.js';
