import { Router } from 'express';
import { previewRequestSchema } from '../../api-contract/index.js';
import type { OfferList } from '../../domain/offer.js';
import type { ProductWithVariants } from '../../domain/product.js';
import { NotFoundError } from '../../errors.js';
import { authenticatedShop } from '../session-token.js';
import type { AdminDeps } from './admin-deps.js';
import { parseInput } from './admin-input.js';
import { publishedOffers } from '../../offers/stored-list.js';
import { buildPreview } from './admin-preview.js';
import { productLookup } from './admin-titles.js';

/**
 * POST /api/preview: how the checkout block and upgrade prompts look for a sample cart, decided by the offer core
 * from the stored lists and settings. Uses the shop currency (Shopify is asked once per process).
 */
export function adminPreviewRoutes(deps: Pick<AdminDeps, 'stores' | 'shopCurrency'>): Router {
  const router = Router();
  router.post('/api/preview', async (req, res) => {
    const shop = authenticatedShop(res);
    const request = parseInput(previewRequestSchema, req.body, 'sample cart');
    const lookup = productLookup(deps.stores.catalog, shop);
    const lines = await Promise.all(
      request.lines.map(async (line) => {
        const product = await lookup(line.productId);
        if (!product?.variants.some((variant) => variant.id === line.variantId))
          throw new NotFoundError(
            `No variant ${line.variantId} of product ${line.productId} in this shop's catalog`,
          );
        return { product, variantId: line.variantId, quantity: line.quantity };
      }),
    );
    const lists = new Map<string, OfferList>();
    for (const { product } of lines) {
      const list = await deps.stores.offers.getList(shop, product.id);
      if (list) lists.set(product.id, list);
    }
    const offered = new Map<string, ProductWithVariants>();
    for (const offer of [...lists.values()].flatMap((list) => publishedOffers(list))) {
      const product = await lookup(offer.productId);
      if (product) offered.set(product.id, product);
    }
    const [settings, currencyCode] = await Promise.all([
      deps.stores.settings.get(shop),
      deps.shopCurrency(shop),
    ]);
    res.json(buildPreview({ shop, currencyCode, settings, lines, lists, offered }));
  });
  return router;
}
