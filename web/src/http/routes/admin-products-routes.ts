import { Router } from 'express';
import { productGid, productSearchQuerySchema, type ProductDetail } from '../../api-contract/index.js';
import { NotFoundError } from '../../errors.js';
import { authenticatedShop } from '../session-token.js';
import type { AdminDeps } from './admin-deps.js';
import { numericParam, parseInput } from './admin-input.js';
import { publishedOffers } from '../../offers/stored-list.js';
import { offerRows, publishStatus } from './admin-offer-rows.js';
import { productSummary, searchProducts } from './admin-product-search.js';
import { ruleViews } from './admin-rules-routes.js';
import { productLookup } from './admin-titles.js';

/** The shop currency, or null when Shopify cannot be asked right now (the page still renders, without symbols). */
export async function currencyOrNull(
  deps: Pick<AdminDeps, 'shopCurrency'>,
  shop: string,
): Promise<string | null> {
  try {
    return await deps.shopCurrency(shop);
  } catch {
    return null;
  }
}

/**
 * GET /api/products?q&after&limit: catalog search. GET /api/products/:id (numeric id): the product with its
 * ranked cross-sells and upgrades (score, reason, rule), its rules and whether checkout shows the list yet.
 * POST /api/republish: recompute and republish the shop's offers now (retry after a failed republish).
 */
export function adminProductsRoutes(
  deps: Pick<AdminDeps, 'stores' | 'shopCurrency' | 'republishState' | 'onRulesChanged'>,
): Router {
  const router = Router();
  router.get('/api/products', async (req, res) => {
    const shop = authenticatedShop(res);
    const query = parseInput(productSearchQuerySchema, req.query, 'product search');
    res.json(await searchProducts(deps.stores.catalog, shop, query));
  });
  router.get('/api/products/:id', async (req, res) => {
    const shop = authenticatedShop(res);
    const id = productGid(numericParam(req.params['id'], 'product'));
    const lookup = productLookup(deps.stores.catalog, shop);
    const product = await lookup(id);
    if (!product) throw new NotFoundError(`No product ${id} in this shop's catalog`);
    const [list, rules, currencyCode] = await Promise.all([
      deps.stores.offers.getList(shop, id),
      deps.stores.rules.list(shop, { productId: id }),
      currencyOrNull(deps, shop),
    ]);
    const offers = await offerRows(publishedOffers(list), {
      product,
      rules,
      lookup: (productId) => lookup(productId),
    });
    const detail: ProductDetail = {
      product: productSummary(product),
      variants: product.variants.map(({ id: variantId, title, priceMinor, availableForSale }) => ({
        id: variantId,
        title,
        priceMinor,
        availableForSale,
      })),
      currencyCode,
      offers,
      publish: publishStatus(list),
      republish: deps.republishState(shop),
      rules: await ruleViews(deps, shop, rules),
    };
    res.json(detail);
  });
  router.post('/api/republish', async (_req, res) => {
    const shop = authenticatedShop(res);
    await deps.onRulesChanged(shop);
    res.status(202).json({ republish: deps.republishState(shop) });
  });
  return router;
}
