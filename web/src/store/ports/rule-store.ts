import type { MerchantRule, NewMerchantRule } from '../../domain/rule.js';
import type { ShopDomain } from '../../domain/shop.js';

export interface RuleStore {
  /** Adds a rule; adding one that exists returns the existing rule. */
  add(shop: ShopDomain, rule: NewMerchantRule): Promise<MerchantRule>;
  /** Rules by creation time; with `productId`, those naming it as product or target. */
  list(shop: ShopDomain, filter?: { readonly productId?: string }): Promise<readonly MerchantRule[]>;
  /** False when no such rule. */
  remove(shop: ShopDomain, ruleId: string): Promise<boolean>;
}
