import { z } from 'zod';
import { STOREFRONT_TOKEN_KINDS } from '../../auth/types.js';
import { HTTP_TARGETS } from '../../faults/types.js';
import { PRODUCT_STATUSES } from '../../state/types.js';
import { DELIVERY_STATES } from '../../webhooks/types.js';

/** Input schemas of the control API; a failure answers 400 naming each bad field. */
const shop = z.string().min(1);
const clientId = z.string().min(1);
const gid = z
  .string()
  .regex(/^gid:\/\/shopify\/\w+\/\d+$/, 'must be a Shopify GID such as gid://shopify/Product/1');

export const appOnShopSchema = z.object({ shop, clientId });

export const sessionTokenSchema = z.object({
  shop,
  clientId,
  userId: z.number().int().positive().optional(),
});

export const storefrontTokenSchema = z.object({
  shop,
  kind: z.enum(STOREFRONT_TOKEN_KINDS).default('public'),
});

export const createOrderSchema = z.object({
  shop,
  lines: z
    .array(
      z.object({
        variantId: gid,
        quantity: z.number().int().positive(),
        customAttributes: z.array(z.object({ key: z.string().min(1), value: z.string() })).optional(),
      }),
    )
    .min(1),
  customerId: gid.nullable().optional(),
  checkoutToken: z.string().min(1).nullable().optional(),
  createdAt: z.iso.datetime().optional(),
});

export const checkoutSchema = z.object({
  shop,
  token: z.string().min(1),
  lines: createOrderSchema.shape.lines,
  at: z.iso.datetime().optional(),
});

export const updateProductSchema = z.object({
  shop,
  productId: gid,
  patch: z
    .object({
      title: z.string().min(1).optional(),
      status: z.enum(PRODUCT_STATUSES).optional(),
      tags: z.array(z.string()).optional(),
    })
    .strict(),
});

export const productRefSchema = z.object({ shop, productId: gid });

export const inventorySchema = z.object({ shop, variantId: gid, quantity: z.number().int() });

const orderIds = z.array(gid).optional();
export const privacySchema = z.discriminatedUnion('topic', [
  z.object({
    topic: z.literal('customers/data_request'),
    shop,
    clientId: clientId.optional(),
    customerId: gid,
    orderIds,
  }),
  z.object({
    topic: z.literal('customers/redact'),
    shop,
    clientId: clientId.optional(),
    customerId: gid,
    orderIds,
  }),
  z.object({ topic: z.literal('shop/redact'), shop, clientId: clientId.optional() }),
]);

const frequency = {
  shop: shop.optional(),
  count: z.number().int().positive().optional(),
  share: z.number().gt(0).lte(1).optional(),
};
const topic = z.string().min(1).optional();
export const faultSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('http-error'),
    status: z.number().int().min(500).max(599).default(500),
    target: z.enum(HTTP_TARGETS).default('any'),
    ...frequency,
  }),
  z.object({
    kind: z.literal('timeout'),
    target: z.enum(HTTP_TARGETS).default('any'),
    hangMs: z.number().int().positive().optional(),
    ...frequency,
  }),
  z.object({ kind: z.literal('throttle'), ...frequency }),
  z.object({ kind: z.literal('drop-webhook'), topic, ...frequency }),
  z.object({ kind: z.literal('duplicate-webhook'), topic, ...frequency }),
  z.object({
    kind: z.literal('reorder-webhooks'),
    topic,
    batch: z.number().int().min(2).default(2),
    ...frequency,
  }),
]);

export const truncateBulkSchema = z.object({ shop, fraction: z.number().gt(0).lt(1) });

export const deliveriesQuerySchema = z.object({
  shop: shop.optional(),
  topic: z.string().min(1).optional(),
  state: z.enum(DELIVERY_STATES).optional(),
  clientId: clientId.optional(),
});

export const shopQuerySchema = z.object({ shop });

export const metafieldQuerySchema = z.object({
  shop,
  ownerId: gid,
  namespace: z.string().min(1),
  key: z.string().min(1),
});

export type Validation<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'invalid'; message: string; issues: { path: string; message: string }[] };

/** Validates control input; the message names every bad field, e.g. `lines.0.quantity: Too small…`. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): Validation<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { kind: 'ok', value: result.data };
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.length > 0 ? issue.path.map(String).join('.') : '(body)',
    message: issue.message,
  }));
  return {
    kind: 'invalid',
    message: issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '),
    issues,
  };
}
