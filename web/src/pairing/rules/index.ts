export { CompiledRules } from './compiled-rules.js';
export {
  decideCartOffers,
  CART_HIDE_REASONS,
  type CartFilterInput,
  type CartHideReason,
  type CartOfferDecision,
} from './cart-filters.js';
