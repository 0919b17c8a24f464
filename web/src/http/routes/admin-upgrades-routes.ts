import { Router } from 'express';
import {
  familyUpdateSchema,
  pageQuerySchema,
  type FamilyView,
  type UpgradesResponse,
} from '../../api-contract/index.js';
import type { MerchantRule } from '../../domain/rule.js';
import { NotFoundError } from '../../errors.js';
import type { RuleStore } from '../../store/ports/rule-store.js';
import { authenticatedShop } from '../session-token.js';
import { allProducts } from '../../offers/catalog-scan.js';
import type { AdminDeps } from './admin-deps.js';
import { familySteps, familyViews } from './admin-families.js';
import { pageByOffset, parseInput } from './admin-input.js';
import { addRule } from './admin-rules-routes.js';

async function currentFamilies(
  deps: Pick<AdminDeps, 'stores'>,
  shop: string,
): Promise<{
  families: FamilyView[];
  rules: readonly MerchantRule[];
  budget: number;
  showUpgrades: boolean;
}> {
  const [products, rules, settings] = await Promise.all([
    allProducts(deps.stores.catalog, shop),
    deps.stores.rules.list(shop),
    deps.stores.settings.get(shop),
  ]);
  return {
    families: familyViews(products, rules, settings.upgradeBudgetPct),
    rules,
    budget: settings.upgradeBudgetPct,
    showUpgrades: settings.showUpgrades,
  };
}

/** Removes the rules that declare or disable the family's steps, so it can be declared afresh. */
async function clearFamily(
  rules: RuleStore,
  shop: string,
  existing: readonly MerchantRule[],
  productIds: readonly string[],
): Promise<void> {
  const steps = new Set(familySteps(productIds).map(([from, to]) => `${from}>${to}`));
  for (const rule of existing) {
    const step = `${rule.productId ?? ''}>${rule.targetProductId}`;
    const declares = rule.kind === 'manual' && rule.offerKind === 'upgrade';
    if ((declares || rule.kind === 'exclude') && steps.has(step)) await rules.remove(shop, rule.id);
  }
}

/**
 * GET /api/upgrades: tier families with their price steps against the upgrade budget (paginated).
 * PUT /api/upgrades/families/:id: confirm (same members), edit (other members or order) or disable (enabled:
 * false) a family. The family becomes merchant-declared — manual upgrade rules member to member — and disabling
 * excludes each step. Idempotent: the same body again changes nothing.
 */
export function adminUpgradesRoutes(deps: Pick<AdminDeps, 'stores' | 'onRulesChanged'>): Router {
  const router = Router();
  router.get('/api/upgrades', async (req, res) => {
    const shop = authenticatedShop(res);
    const query = parseInput(pageQuerySchema, req.query, 'family list query');
    const { families, budget, showUpgrades } = await currentFamilies(deps, shop);
    const page = pageByOffset(families, query.after, query.limit);
    res.json({
      upgradeBudgetPct: budget,
      showUpgrades,
      families: page.items,
      nextCursor: page.nextCursor,
    } satisfies UpgradesResponse);
  });
  router.put('/api/upgrades/families/:id', async (req, res) => {
    const shop = authenticatedShop(res);
    const body = parseInput(familyUpdateSchema, req.body, 'family');
    const { families, rules } = await currentFamilies(deps, shop);
    const family = families.find((candidate) => candidate.id === req.params['id']);
    if (!family) throw new NotFoundError(`No tier family ${String(req.params['id'])}`);
    for (const productId of body.productIds) {
      if (!(await deps.stores.catalog.getProduct(shop, productId)))
        throw new NotFoundError(
          `Product ${productId} is not in this shop's catalog (it may have been deleted)`,
        );
    }
    await clearFamily(
      deps.stores.rules,
      shop,
      rules,
      family.members.map((member) => member.productId),
    );
    for (const [from, to] of familySteps(body.productIds)) {
      await addRule(deps.stores.rules, shop, {
        kind: 'manual',
        productId: from,
        targetProductId: to,
        targetVariantId: null,
        offerKind: 'upgrade',
      });
      if (!body.enabled)
        await addRule(deps.stores.rules, shop, {
          kind: 'exclude',
          productId: from,
          targetProductId: to,
          targetVariantId: null,
        });
    }
    await deps.onRulesChanged(shop);
    const updated = (await currentFamilies(deps, shop)).families.find(
      (candidate) => candidate.members.map((member) => member.productId).join() === body.productIds.join(),
    );
    res.json({ family: updated ?? null });
  });
  return router;
}
