import { Router, type Response } from 'express';
import {
  discountInputSchema,
  numericIdOf,
  pageQuerySchema,
  type ApiErrorBody,
  type ApiPage,
  type DiscountView,
} from '../../api-contract/index.js';
import { NotFoundError } from '../../errors.js';
import { authenticatedShop } from '../session-token.js';
import type { AdminDeps } from './admin-deps.js';
import { createBxgy, deleteBxgy, type PlainIssue } from './admin-discount-mutations.js';
import {
  discountStatus,
  readRegistry,
  updateRegistry,
  type RegistryEntry,
} from '../../offers/discount-registry.js';
import { numericParam, pageByOffset, parseInput } from './admin-input.js';
import { productLookup } from './admin-titles.js';

function rejected(res: Response, message: string, issues: readonly PlainIssue[]): void {
  const body: ApiErrorBody = { error: { code: 'shopify_user_error', message, issues } };
  res.status(422).json(body);
}

/**
 * GET /api/discounts: the shop's Tandem bundle discounts, newest first (paginated). POST /api/discounts: create
 * "buy X, get Y at N% off" as an automatic BXGY discount; Shopify's userErrors answer 422 with plain per-field
 * messages and nothing is kept. DELETE /api/discounts/:id removes it from Shopify and from the list.
 */
export function adminDiscountsRoutes(
  deps: Pick<AdminDeps, 'stores' | 'adminClient' | 'now' | 'onRulesChanged'>,
): Router {
  const router = Router();
  const views = async (shop: string, entries: readonly RegistryEntry[]): Promise<DiscountView[]> => {
    const lookup = productLookup(deps.stores.catalog, shop);
    return Promise.all(
      entries.map(async (entry) => ({
        ...entry,
        id: numericIdOf(entry.discountGid),
        buyProductTitle: (await lookup(entry.buyProductId))?.title ?? null,
        getProductTitle: (await lookup(entry.getProductId))?.title ?? null,
        status: discountStatus(entry, deps.now()),
      })),
    );
  };

  router.get('/api/discounts', async (req, res) => {
    const shop = authenticatedShop(res);
    const query = parseInput(pageQuerySchema, req.query, 'discount list query');
    const { entries } = await readRegistry(await deps.adminClient(shop));
    const page = pageByOffset([...entries].reverse(), query.after, query.limit);
    res.json({
      items: await views(shop, page.items),
      nextCursor: page.nextCursor,
    } satisfies ApiPage<DiscountView>);
  });

  router.post('/api/discounts', async (req, res) => {
    const shop = authenticatedShop(res);
    const values = parseInput(discountInputSchema, req.body, 'discount');
    for (const [field, productId] of [
      ['buyProductId', values.buyProductId],
      ['getProductId', values.getProductId],
    ] as const) {
      if (!(await deps.stores.catalog.getProduct(shop, productId)))
        throw new NotFoundError(
          `${field}: product ${productId} is not in this shop's catalog (it may have been deleted)`,
        );
    }
    const client = await deps.adminClient(shop);
    const outcome = await createBxgy(client, values);
    if (outcome.kind === 'rejected') {
      rejected(res, 'Shopify did not accept this discount; nothing was created', outcome.issues);
      return;
    }
    const entry: RegistryEntry = {
      ...values,
      discountGid: outcome.discountGid,
      createdAt: deps.now().toISOString(),
    };
    try {
      await updateRegistry(client, (entries) => [...entries, entry]);
    } catch (error) {
      // Nothing half-created: a discount Tandem cannot list would apply forever with no way to remove it here.
      const cleanup = await deleteBxgy(client, outcome.discountGid).catch(
        (cleanupError: unknown) => cleanupError,
      );
      if (
        typeof cleanup !== 'object' ||
        cleanup === null ||
        !('kind' in cleanup) ||
        cleanup.kind === 'rejected'
      ) {
        req.log.error(
          { err: cleanup, shop, discount: outcome.discountGid },
          'discount created but neither listed nor removed',
        );
      }
      throw error;
    }
    await deps.onRulesChanged(shop);
    const [view] = await views(shop, [entry]);
    res.status(201).json({ discount: view });
  });

  router.delete('/api/discounts/:id', async (req, res) => {
    const shop = authenticatedShop(res);
    const id = numericParam(req.params['id'], 'discount');
    const client = await deps.adminClient(shop);
    const entry = (await readRegistry(client)).entries.find(
      (candidate) => numericIdOf(candidate.discountGid) === id,
    );
    if (!entry) throw new NotFoundError(`No Tandem discount ${id}`);
    const outcome = await deleteBxgy(client, entry.discountGid);
    if (outcome.kind === 'rejected') {
      rejected(res, 'Shopify did not delete this discount; it is still active', outcome.issues);
      return;
    }
    await updateRegistry(client, (entries) =>
      entries.filter((candidate) => candidate.discountGid !== entry.discountGid),
    );
    await deps.onRulesChanged(shop);
    res.status(204).end();
  });
  return router;
}
