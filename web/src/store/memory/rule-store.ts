import { randomUUID } from 'node:crypto';
import type { RuleStore } from '../ports/rule-store.js';
import { ruleFromParts } from '../shared/rules.js';
import type { Clock } from '../types.js';
import { checkShop, ruleKey, validateRule } from '../validation/index.js';
import { byText, type MemoryTables } from './tables.js';

export function createMemoryRuleStore(tables: MemoryTables, clock: Clock): RuleStore {
  return {
    async add(shop, input) {
      checkShop(shop);
      const rule = validateRule(input);
      const key = ruleKey(rule);
      const rows = tables.rules.of(shop);
      const existing = [...rows.values()].find((row) => row.key === key);
      if (existing !== undefined) return existing.rule;
      const stored = ruleFromParts({
        id: randomUUID(),
        kind: rule.kind,
        productId: rule.productId,
        targetProductId: rule.targetProductId,
        targetVariantId: 'targetVariantId' in rule ? rule.targetVariantId : null,
        offerKind: rule.kind === 'manual' ? rule.offerKind : null,
        createdAt: clock().toISOString(),
      });
      rows.set(stored.id, { key, rule: stored });
      return stored;
    },

    async list(shop, filter = {}) {
      checkShop(shop);
      const { productId } = filter;
      return tables.rules
        .sorted(shop, (a, b) => byText(a.rule.createdAt, b.rule.createdAt) || byText(a.rule.id, b.rule.id))
        .map((row) => row.rule)
        .filter(
          (rule) =>
            productId === undefined || rule.productId === productId || rule.targetProductId === productId,
        );
    },

    async remove(shop, ruleId) {
      return tables.rules.of(checkShop(shop)).delete(ruleId);
    },
  };
}
