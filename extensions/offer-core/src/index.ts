export * from './types.js';
export {
  parseOfferList,
  serializeOfferList,
  toWireOffer,
  toWireVotes,
  votesOf,
  type OfferListParse,
  type WireOffer,
  type WireVotes,
} from './offer-list.js';
export { mergeOffers, REASON_PRIORITY, type MergeOptions, type MergedOffer } from './merge.js';
export * from './checkout/index.js';
export * from './session/index.js';
export * from './profile/index.js';
