export * from './types.js';
export { parseOfferList, serializeOfferList, votesOf, type OfferListParse } from './offer-list.js';
export { mergeOffers, REASON_PRIORITY, type MergeOptions, type MergedOffer } from './merge.js';
export * from './checkout/index.js';
export * from './session/index.js';
export * from './profile/index.js';
