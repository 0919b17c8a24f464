export const RULE_KINDS = ['pin', 'exclude', 'manual', 'never_together'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export const OFFER_KINDS = ['xsell', 'upgrade'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

interface RuleBase {
  readonly id: string;
  readonly createdAt: string;
}

/** Always offer the target first on the product's checkout. */
export interface PinRule extends RuleBase {
  readonly kind: 'pin';
  readonly productId: string;
  readonly targetProductId: string;
  readonly targetVariantId: string | null;
}

/** Never offer the target with the product, or anywhere when `productId` is null. */
export interface ExcludeRule extends RuleBase {
  readonly kind: 'exclude';
  readonly productId: string | null;
  readonly targetProductId: string;
  readonly targetVariantId: string | null;
}

/** A merchant-added offer; `offerKind: 'upgrade'` declares a tier family step across products. */
export interface ManualRule extends RuleBase {
  readonly kind: 'manual';
  readonly productId: string;
  readonly targetProductId: string;
  readonly targetVariantId: string | null;
  readonly offerKind: OfferKind;
}

/** The two products are never offered together, in either direction. */
export interface NeverTogetherRule extends RuleBase {
  readonly kind: 'never_together';
  readonly productId: string;
  readonly targetProductId: string;
}

export type MerchantRule = PinRule | ExcludeRule | ManualRule | NeverTogetherRule;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A rule as the merchant submits it; the store assigns `id` and `createdAt`. */
export type NewMerchantRule = DistributiveOmit<MerchantRule, 'id' | 'createdAt'>;
