import * as z from 'zod/mini';
import type { MerchantRule } from '../domain/rule.js';
import { cursorSchema, limitSchema, productGidSchema, variantGidSchema } from './common.js';

const target = {
  targetProductId: productGidSchema,
  targetVariantId: z._default(z.nullable(variantGidSchema), null),
};

/** A merchant rule as the admin submits it (POST /api/rules); the store assigns id and createdAt. */
export const ruleInputSchema = z
  .discriminatedUnion(
    'kind',
    [
      z.strictObject({ kind: z.literal('pin'), productId: productGidSchema, ...target }, 'unknown field'),
      z.strictObject(
        { kind: z.literal('exclude'), productId: z.nullable(productGidSchema), ...target },
        'unknown field',
      ),
      z.strictObject(
        {
          kind: z.literal('manual'),
          productId: productGidSchema,
          ...target,
          offerKind: z.enum(['xsell', 'upgrade'], 'must be xsell or upgrade'),
        },
        'unknown field',
      ),
      z.strictObject(
        { kind: z.literal('never_together'), productId: productGidSchema, targetProductId: productGidSchema },
        'unknown field',
      ),
    ],
    'kind must be pin, exclude, manual or never_together',
  )
  .check(
    z.refine((rule) => rule.productId !== rule.targetProductId, {
      message: 'a product cannot be paired with itself',
      path: ['targetProductId'],
    }),
  );
export type RuleInput = z.input<typeof ruleInputSchema>;

export const ruleListQuerySchema = z.strictObject(
  { productId: z.optional(productGidSchema), after: cursorSchema, limit: limitSchema(100, 50) },
  'unknown query parameter',
);

/** A rule with the titles the admin shows; a title is null when the product is no longer in the catalog. */
export type RuleView = MerchantRule & {
  readonly productTitle: string | null;
  readonly targetTitle: string | null;
};

export const RULE_LABELS = {
  pin: 'Pinned',
  exclude: 'Excluded',
  manual: 'Manual pairing',
  never_together: 'Never together',
} as const satisfies Record<MerchantRule['kind'], string>;
