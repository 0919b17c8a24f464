import * as z from 'zod/mini';
import { productGidSchema } from './common.js';

/**
 * How a Tandem discount stacks with the shop's other discounts. Chosen explicitly on every discount: Shopify's
 * default (combines with nothing) silently cancels a shopper's code, which feels like a broken promise.
 */
export const combinesWithSchema = z.strictObject(
  {
    productDiscounts: z.boolean('must be true or false'),
    orderDiscounts: z.boolean('must be true or false'),
    shippingDiscounts: z.boolean('must be true or false'),
  },
  'unknown discount kind',
);
export type CombinesWith = z.infer<typeof combinesWithSchema>;

const isoDateTime = z.iso.datetime({
  offset: true,
  error: 'must be a date and time like 2026-05-01T00:00:00Z',
});
const quantity = z._default(
  z.int('must be a whole number').check(z.gte(1, 'must be at least 1'), z.lte(100, 'must be at most 100')),
  1,
);

/** POST /api/discounts: "buy X, get Y at N% off", created as an automatic BXGY discount. */
export const discountInputSchema = z
  .strictObject(
    {
      title: z
        .string('must be text')
        .check(
          z.trim(),
          z.minLength(1, 'give the discount a name shoppers will see'),
          z.maxLength(255, 'must be at most 255 characters'),
        ),
      buyProductId: productGidSchema,
      getProductId: productGidSchema,
      buyQuantity: quantity,
      getQuantity: quantity,
      percentOff: z
        .int('must be a whole percentage')
        .check(z.gte(1, 'must be 1–100%'), z.lte(100, 'must be 1–100%')),
      combinesWith: combinesWithSchema,
      startsAt: isoDateTime,
      endsAt: z.nullable(isoDateTime),
    },
    'unknown field',
  )
  .check(
    z.refine((body) => body.buyProductId !== body.getProductId, {
      message: 'choose a different product to discount',
      path: ['getProductId'],
    }),
    z.refine((body) => body.endsAt === null || Date.parse(body.endsAt) > Date.parse(body.startsAt), {
      message: 'must be after the start',
      path: ['endsAt'],
    }),
  );
export type DiscountInput = z.input<typeof discountInputSchema>;
export type DiscountValues = z.infer<typeof discountInputSchema>;

export const DISCOUNT_STATUSES = ['scheduled', 'active', 'expired'] as const;
export type DiscountStatus = (typeof DISCOUNT_STATUSES)[number];

export interface DiscountView extends DiscountValues {
  /** Numeric id of the DiscountAutomaticNode (the path id of DELETE /api/discounts/:id). */
  readonly id: string;
  readonly discountGid: string;
  readonly buyProductTitle: string | null;
  readonly getProductTitle: string | null;
  readonly status: DiscountStatus;
  readonly createdAt: string;
}
