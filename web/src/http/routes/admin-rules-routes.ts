import { Router } from 'express';
import {
  ruleInputSchema,
  ruleListQuerySchema,
  type ApiPage,
  type RuleView,
} from '../../api-contract/index.js';
import type { MerchantRule, NewMerchantRule } from '../../domain/rule.js';
import { NotFoundError } from '../../errors.js';
import type { RuleStore } from '../../store/ports/rule-store.js';
import { authenticatedShop } from '../session-token.js';
import type { AdminDeps } from './admin-deps.js';
import { pageByOffset, parseInput } from './admin-input.js';
import { productLookup } from './admin-titles.js';

const RULE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Rules a new one overrides: offering a pair and blocking it cannot both hold, so the latest intent wins. */
function contradicts(existing: MerchantRule, added: NewMerchantRule): boolean {
  const offers = (rule: MerchantRule | NewMerchantRule) =>
    rule.kind === 'pin' || (rule.kind === 'manual' && rule.offerKind === 'xsell');
  const blocks = (rule: MerchantRule | NewMerchantRule) =>
    rule.kind === 'exclude' || rule.kind === 'never_together';
  if (offers(existing) === offers(added) || blocks(existing) === blocks(added)) return false;
  const samePair =
    existing.productId === added.productId && existing.targetProductId === added.targetProductId;
  const reversed =
    existing.productId === added.targetProductId && existing.targetProductId === added.productId;
  return samePair || ((existing.kind === 'never_together' || added.kind === 'never_together') && reversed);
}

/** Adds a rule after removing those it contradicts; returns the stored rule. */
export async function addRule(rules: RuleStore, shop: string, rule: NewMerchantRule): Promise<MerchantRule> {
  const related = await rules.list(shop, { productId: rule.targetProductId });
  for (const existing of related.filter((candidate) => contradicts(candidate, rule)))
    await rules.remove(shop, existing.id);
  return rules.add(shop, rule);
}

/** Rule with the titles the admin shows. */
export async function ruleViews(
  deps: Pick<AdminDeps, 'stores'>,
  shop: string,
  rules: readonly MerchantRule[],
): Promise<RuleView[]> {
  const lookup = productLookup(deps.stores.catalog, shop);
  return Promise.all(
    rules.map(async (rule) => ({
      ...rule,
      productTitle: (await lookup(rule.productId))?.title ?? null,
      targetTitle: (await lookup(rule.targetProductId))?.title ?? null,
    })),
  );
}

/**
 * GET /api/rules[?productId]: the merchant's rules, oldest first, paginated. POST /api/rules: add a pin,
 * exclude, manual pairing or never-together pair (adding one that exists returns it). DELETE /api/rules/:id.
 * Products must be in the shop's catalog: a deleted product (or another shop's) is a 404 that names it.
 */
export function adminRulesRoutes(deps: Pick<AdminDeps, 'stores' | 'onRulesChanged'>): Router {
  const router = Router();
  router.get('/api/rules', async (req, res) => {
    const shop = authenticatedShop(res);
    const query = parseInput(ruleListQuerySchema, req.query, 'rule list query');
    const rules = await deps.stores.rules.list(
      shop,
      query.productId === undefined ? {} : { productId: query.productId },
    );
    const page = pageByOffset(rules, query.after, query.limit);
    res.json({
      items: await ruleViews(deps, shop, page.items),
      nextCursor: page.nextCursor,
    } satisfies ApiPage<RuleView>);
  });
  router.post('/api/rules', async (req, res) => {
    const shop = authenticatedShop(res);
    const input = parseInput(ruleInputSchema, req.body, 'rule');
    const lookup = productLookup(deps.stores.catalog, shop);
    for (const productId of [input.productId, input.targetProductId]) {
      if (productId !== null && !(await lookup(productId)))
        throw new NotFoundError(
          `Product ${productId} is not in this shop's catalog (it may have been deleted); sync and pick it again`,
        );
    }
    if ('targetVariantId' in input && input.targetVariantId !== null) {
      const target = await lookup(input.targetProductId);
      if (!target?.variants.some((variant) => variant.id === input.targetVariantId))
        throw new NotFoundError(
          `Variant ${input.targetVariantId} is not a variant of ${input.targetProductId}`,
        );
    }
    const rule = await addRule(deps.stores.rules, shop, input as NewMerchantRule);
    await deps.onRulesChanged(shop);
    const [view] = await ruleViews(deps, shop, [rule]);
    res.status(201).json({ rule: view });
  });
  router.delete('/api/rules/:id', async (req, res) => {
    const shop = authenticatedShop(res);
    const id = req.params['id'] ?? '';
    if (!RULE_ID.test(id) || !(await deps.stores.rules.remove(shop, id)))
      throw new NotFoundError(`No rule ${id}`);
    await deps.onRulesChanged(shop);
    res.status(204).end();
  });
  return router;
}
