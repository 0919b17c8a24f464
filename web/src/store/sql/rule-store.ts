import { randomUUID } from 'node:crypto';
import type { MerchantRule, OfferKind, RuleKind } from '../../domain/rule.js';
import type { MerchantRulesTable } from '../database/schema.js';
import type { RuleStore } from '../ports/rule-store.js';
import { ruleFromParts } from '../shared/rules.js';
import { checkShop, ruleKey, validateRule } from '../validation/index.js';
import { nowIso, type SqlContext } from './context.js';

function ruleFromRow(row: MerchantRulesTable): MerchantRule {
  return ruleFromParts({
    id: row.id,
    kind: row.kind as RuleKind,
    productId: row.product_id,
    targetProductId: row.target_product_id,
    targetVariantId: row.target_variant_id,
    offerKind: row.offer_kind as OfferKind | null,
    createdAt: row.created_at,
  });
}

export function createSqlRuleStore(context: SqlContext): RuleStore {
  const { db } = context;
  return {
    async add(shop, input) {
      checkShop(shop);
      const rule = validateRule(input);
      const key = ruleKey(rule);
      // Insert-or-ignore on the rule key, then read back: atomic, so two admins adding the same rule get one.
      await db
        .insertInto('merchant_rules')
        .values({
          shop,
          id: randomUUID(),
          kind: rule.kind,
          rule_key: key,
          product_id: rule.productId,
          target_product_id: rule.targetProductId,
          target_variant_id: 'targetVariantId' in rule ? rule.targetVariantId : null,
          offer_kind: rule.kind === 'manual' ? rule.offerKind : null,
          created_at: nowIso(context),
        })
        .onConflict((oc) => oc.columns(['shop', 'rule_key']).doNothing())
        .execute();
      const row = await db
        .selectFrom('merchant_rules')
        .selectAll()
        .where('shop', '=', shop)
        .where('rule_key', '=', key)
        .executeTakeFirstOrThrow();
      return ruleFromRow(row);
    },

    async list(shop, filter = {}) {
      checkShop(shop);
      let query = db.selectFrom('merchant_rules').selectAll().where('shop', '=', shop);
      const { productId } = filter;
      if (productId !== undefined) {
        query = query.where((eb) =>
          eb.or([eb('product_id', '=', productId), eb('target_product_id', '=', productId)]),
        );
      }
      return (await query.orderBy('created_at').orderBy('id').execute()).map(ruleFromRow);
    },

    async remove(shop, ruleId) {
      checkShop(shop);
      const result = await db
        .deleteFrom('merchant_rules')
        .where('shop', '=', shop)
        .where('id', '=', ruleId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
