export * from './types.js';
export { HOLDOUT_BUCKETS, armForCheckout, hash32, holdoutBucket } from './holdout.js';
export {
  TANDEM_ATTRIBUTE_KEY,
  encodeTandemAttribute,
  offerIdFor,
  parseTandemAttribute,
  type TandemAttribute,
  type TandemAttributeParse,
} from './tandem-attribute.js';
export {
  DEFAULT_SHOP_CONFIG,
  SHOP_CONFIG_VERSION,
  parseShopConfig,
  serializeShopConfig,
  type ShopConfigParse,
} from './shop-config.js';
export { SETTING_KEYS, resolveSettings } from './settings.js';
export {
  OFFER_VARIANTS_QUERY,
  offerVariantsVariables,
  parseOfferVariants,
  type OfferVariantsVariables,
} from './storefront-query.js';
export {
  CONFIG_KEY,
  OFFERS_KEY,
  TANDEM_NAMESPACE,
  productGid,
  readTandemMetafields,
  type AppMetafieldEntryLike,
  type TandemMetafields,
} from './app-metafields.js';
export {
  EMPTY_STORAGE_STATE,
  STORAGE_KEY,
  isDismissed,
  isFrequencyCapped,
  parseStorageState,
  cappedOffers,
  withDismissal,
  withOfferDismissals,
  withShown,
  type DismissalCap,
  type StorageState,
} from './storage-state.js';
export { planOffers, type PlanInput } from './plan.js';
export { decideOffers, type DecideInput } from './decide.js';
export { displayPrice, roundMoney, type DisplayPrice } from './pricing.js';
export { REASON_COPY_KEYS, copyOverride, crossSellCopy, interpolate, upgradeCopy } from './copy.js';
export {
  compareUnitPrices,
  UNIT_REFERENCES,
  type UnitPriceComparison,
  type UnitReference,
} from './unit-price.js';
export { addChange, upgradeChange } from './cart-change.js';
export { SAMPLE_TITLE_KEY, sampleOffer } from './sample.js';
