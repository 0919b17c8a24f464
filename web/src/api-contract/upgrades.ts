import * as z from 'zod/mini';
import { productGidSchema } from './common.js';

export const FAMILY_SOURCES = ['merchant', 'detected'] as const;
export type FamilySource = (typeof FAMILY_SOURCES)[number];

export interface FamilyMember {
  readonly productId: string;
  /** Null when the product has left the catalog. */
  readonly title: string | null;
  readonly imageUrl: string | null;
  /** Reference price (cheapest available variant), minor units. */
  readonly priceMinor: number | null;
  /** Price step from the previous member, in percent of its price; null for the first. */
  readonly stepPct: number | null;
  /** The step costs more than the upgrade budget, so checkout will not offer it. */
  readonly overBudget: boolean;
}

/** A tier family: products of one line ordered cheapest first; each member upgrades to the next. */
export interface FamilyView {
  /** The members' numeric ids joined by "-": stable while the family is unchanged. */
  readonly id: string;
  /** `merchant`: confirmed or edited by the merchant; `detected`: found from titles and prices. */
  readonly source: FamilySource;
  readonly enabled: boolean;
  readonly members: readonly FamilyMember[];
}

export interface UpgradesResponse {
  readonly upgradeBudgetPct: number;
  readonly showUpgrades: boolean;
  readonly families: readonly FamilyView[];
  readonly nextCursor: string | null;
}

/** PUT /api/upgrades/families/:id — confirm (same members), edit (new members or order) or disable a family. */
export const familyUpdateSchema = z
  .strictObject(
    {
      productIds: z
        .array(productGidSchema, 'must be a list of product ids')
        .check(
          z.minLength(2, 'a family needs at least two products'),
          z.maxLength(10, 'a family holds at most 10 products'),
        ),
      enabled: z.boolean('must be true or false'),
    },
    'unknown field',
  )
  .check(
    z.refine((body) => new Set(body.productIds).size === body.productIds.length, {
      message: 'a product can appear only once',
      path: ['productIds'],
    }),
  );
export type FamilyUpdate = z.infer<typeof familyUpdateSchema>;

export function familyId(productIds: readonly string[]): string {
  return productIds.map((id) => id.slice(id.lastIndexOf('/') + 1)).join('-');
}
