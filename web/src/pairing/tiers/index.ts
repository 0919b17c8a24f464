export { parseQuantity, type Quantity } from './quantity.js';
export { detectTierAxis, higherTiers, type TierAxis } from './tier-axis.js';
export {
  tierFamilies,
  referencePrice,
  FAMILY_SOURCES,
  type FamilySource,
  type TierFamily,
} from './families.js';
export {
  decideUpgrade,
  UPGRADE_NONE_REASONS,
  type UpgradeContext,
  type UpgradeDecision,
  type UpgradeNoneReason,
} from './upgrade.js';
export { compareUnitPrices, variantQuantity, type UnitPriceComparison } from './unit-price.js';
export { upgradeOffers } from './upgrade-offers.js';
