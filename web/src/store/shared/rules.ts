import type { MerchantRule, OfferKind, RuleKind } from '../../domain/rule.js';

export interface RuleParts {
  readonly id: string;
  readonly kind: RuleKind;
  readonly productId: string | null;
  readonly targetProductId: string;
  readonly targetVariantId: string | null;
  readonly offerKind: OfferKind | null;
  readonly createdAt: string;
}

/** Rebuilds the union member from flat columns (rules are stored flat so they can be filtered by product). */
export function ruleFromParts(parts: RuleParts): MerchantRule {
  const { id, createdAt, targetProductId, targetVariantId } = parts;
  const productId = parts.productId ?? '';
  switch (parts.kind) {
    case 'exclude':
      return { kind: 'exclude', id, createdAt, productId: parts.productId, targetProductId, targetVariantId };
    case 'manual':
      return {
        kind: 'manual',
        id,
        createdAt,
        productId,
        targetProductId,
        targetVariantId,
        offerKind: parts.offerKind ?? 'xsell',
      };
    case 'never_together':
      return { kind: 'never_together', id, createdAt, productId, targetProductId };
    case 'pin':
      return { kind: 'pin', id, createdAt, productId, targetProductId, targetVariantId };
  }
}
