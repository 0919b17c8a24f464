export { relativeLift, type LiftInterval } from './lift.js';
export { NO_MOMENTS, addMoments, mean, momentsOf, sampleVariance, type Moments } from './moments.js';
export { Z_975, tQuantile975 } from './t-quantile.js';
export {
  MIN_CHECKOUTS_PER_ARM,
  MIN_ORDERS_PER_ARM,
  VERDICT_KINDS,
  sampleShortfall,
  verdictFor,
  type Verdict,
  type VerdictInput,
  type VerdictKind,
} from './verdict.js';
