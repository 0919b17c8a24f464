export * from './types.js';
export {
  OFFER_EVENTS,
  offerEventName,
  parseOfferEvent,
  type OfferEvent,
  type OfferEventData,
} from './events.js';
export {
  createApiPort,
  read,
  type ApiPortOptions,
  type CheckoutApiLike,
  type SignalLike,
} from './api-port.js';
export { createOfferSession, type OfferSession } from './offer-session.js';
export { startSession } from './start.js';
export { keepAccepted } from './keep-accepted.js';
export { prepare, type NotShown, type Prepared } from './prepare.js';
export {
  copyText,
  formatMoney,
  presentOffers,
  type BlockPresentation,
  type I18nLike,
  type OfferPresentation,
} from './present.js';
export {
  blockView,
  upgradeView,
  type BlockView,
  type OfferBlockProps,
  type OfferRowProps,
  type UpgradePromptProps,
} from './view-model.js';
