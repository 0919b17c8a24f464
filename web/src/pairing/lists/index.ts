export {
  buildOfferLists,
  MAX_UPGRADES_PER_LIST,
  type OfferListsInput,
  type ProductOfferList,
} from './offer-lists.js';
export {
  buildCrossSellLists,
  type BuildOfferListsInput,
  type MinedInput,
  type ProductCrossSells,
} from './build-offer-lists.js';
export {
  checkCandidate,
  rankCrossSells,
  REJECTION_REASONS,
  type CandidateCheck,
  type RejectionReason,
} from './rank-cross-sells.js';
export {
  CatalogIndex,
  UNSELLABLE_REASONS,
  type Sellability,
  type UnsellableReason,
} from './catalog-index.js';
export {
  catalogTargets,
  observedTargets,
  syntheticTargets,
  type OfferTarget,
  type OfferTargets,
} from './offer-targets.js';
export { canonicalProductId, canonicalVariantId, productGid, variantGid } from './gids.js';
