import { OFFER_KINDS, RULE_KINDS, type NewMerchantRule } from '../../domain/rule.js';
import { validate } from './validate.js';

/** Checks a rule as submitted; a rule may not point a product at itself. */
export function validateRule(rule: NewMerchantRule): NewMerchantRule {
  return validate('rule', (check) => {
    const value = (rule ?? {}) as Partial<Record<string, unknown>>;
    const kind = check.oneOf('kind', value['kind'], RULE_KINDS);
    const targetProductId = check.gid('targetProductId', value['targetProductId'], 'Product');
    const global = kind === 'exclude' && value['productId'] === null;
    const productId = global ? null : check.gid('productId', value['productId'], 'Product');
    if (productId !== null && productId === targetProductId)
      check.fail('targetProductId', 'must differ from productId');
    const targetVariantId =
      kind === 'never_together'
        ? null
        : check.nullableGid('targetVariantId', value['targetVariantId'] ?? null, 'ProductVariant');
    switch (kind) {
      case 'exclude':
        return { kind, productId, targetProductId, targetVariantId };
      case 'manual':
        return {
          kind,
          productId: productId as string,
          targetProductId,
          targetVariantId,
          offerKind: check.oneOf('offerKind', value['offerKind'], OFFER_KINDS),
        };
      case 'never_together':
        return { kind, productId: productId as string, targetProductId };
      default:
        return { kind: 'pin', productId: productId as string, targetProductId, targetVariantId };
    }
  });
}

/** The identity of a rule: adding the same rule twice keeps one. never_together is symmetric. */
export function ruleKey(rule: NewMerchantRule): string {
  if (rule.kind === 'never_together') {
    const [a, b] = [rule.productId, rule.targetProductId].sort();
    return `${rule.kind}|${a}|${b}|`;
  }
  return `${rule.kind}|${rule.productId ?? '*'}|${rule.targetProductId}|${rule.targetVariantId ?? ''}`;
}
