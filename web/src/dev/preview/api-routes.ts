import { ControlError } from '@tandem/emulator';
import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import { ValidationError } from '../../errors.js';
import { previewCatalog } from './catalog-view.js';
import { returningCustomers } from './customers.js';
import type { EmulatorLink } from './emulator-link.js';
import type { PreviewDeps } from './types.js';

const gid = (type: string) =>
  z.string().regex(new RegExp(`^gid://shopify/${type}/\\d+$`), `must be a ${type} GID`);

const storefrontBody = z.object({
  query: z.string().min(1).max(20_000),
  variables: z.record(z.string(), z.unknown()).optional(),
});
const metafieldsBody = z.object({
  productIds: z.array(gid('Product')).max(100),
  /** The logged-in buyer (the preview's buyer switch); absent for a guest. */
  customerId: gid('Customer').optional(),
});
/** How many returning customers the buyer switch offers. */
const SWITCH_CUSTOMERS = 4;
const orderBody = z.object({
  checkoutToken: z.string().min(8).max(64),
  /** The logged-in buyer: the order is theirs, as checkout's would be. */
  customerId: gid('Customer').optional(),
  lines: z
    .array(
      z.object({
        variantId: gid('ProductVariant'),
        quantity: z.number().int().min(1).max(99),
        attributes: z
          .array(z.object({ key: z.string().min(1).max(100), value: z.string().max(500) }))
          .max(20),
      }),
    )
    .min(1, 'the cart is empty')
    .max(50),
});

const checkoutBody = z.object({
  checkoutToken: orderBody.shape.checkoutToken,
  lines: z
    .array(z.object({ variantId: gid('ProductVariant'), quantity: z.number().int().min(1).max(99) }))
    .min(1, 'the cart is empty')
    .max(50),
});

function parse<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.join('.') || what,
    message: issue.message,
  }));
  throw new ValidationError(
    `Invalid ${what}: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`,
    issues,
  );
}

/** Express 5 forwards rejected promises to the error middleware; this only keeps handlers short. */
const json =
  (handler: (body: unknown) => Promise<unknown>): RequestHandler =>
  async (req, res) => {
    res.json(await handler(req.body));
  };

/** The preview's small server API under /preview/api (emulator mode only; no session token: it is the buyer's side). */
export function previewApiRoutes(deps: PreviewDeps, link: EmulatorLink): Router {
  const router = Router();
  router.get(
    '/preview/api/context',
    json(async () => ({ shop: await link.shop() })),
  );
  router.get(
    '/preview/api/catalog',
    json(async () => previewCatalog(deps.stores, (await link.shop()).domain)),
  );
  router.post('/preview/api/storefront', async (req, res) => {
    const answer = await link.storefront(parse(storefrontBody, req.body, 'Storefront request'));
    res.status(answer.status).json(answer.body);
  });
  router.get(
    '/preview/api/customers',
    json(async () => ({ customers: await returningCustomers(deps, link, { count: SWITCH_CUSTOMERS }) })),
  );
  router.post(
    '/preview/api/metafields',
    json(async (body) => {
      const request = parse(metafieldsBody, body, 'metafields request');
      return { entries: await link.appMetafields(request.productIds, request.customerId) };
    }),
  );
  // The buyer reaches checkout or changes its cart: Shopify sends checkouts/create|update, from which the app
  // measures the holdout; the answer is what the shop's automatic discounts take off, for the order summary.
  router.post(
    '/preview/api/checkouts',
    json(async (body) => ({
      reported: true,
      discounts: await link.reportCheckout(parse(checkoutBody, body, 'checkout')),
    })),
  );
  router.post(
    '/preview/api/orders',
    json(async (body) => {
      const input = parse(orderBody, body, 'order');
      try {
        const order = await link.placeOrder(input);
        return {
          order: {
            id: order.id,
            name: order.name,
            subtotalPrice: order.subtotalPrice,
            currencyCode: order.currencyCode,
          },
        };
      } catch (error) {
        // The emulator refuses orders Shopify would (sold out, unknown variant): say why, as checkout would.
        if (error instanceof ControlError && error.status < 500)
          throw new ValidationError(`The shop refused the order: ${messageOf(error.body)}`);
        throw error;
      }
    }),
  );
  return router;
}

function messageOf(body: unknown): string {
  const message =
    typeof body === 'object' && body !== null ? (body as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : JSON.stringify(body);
}
