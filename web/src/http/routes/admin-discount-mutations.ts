import type { DiscountValues } from '../../api-contract/index.js';
import type { AdminClient } from '../../shopify/admin/client.js';
import {
  DiscountAutomaticBxgyCreateDocument,
  DiscountAutomaticDeleteDocument,
  type DiscountAutomaticBxgyInput,
} from '../../shopify/admin/generated/graphql.js';

export interface PlainIssue {
  readonly path: string;
  readonly message: string;
}

export type CreateOutcome =
  | { readonly kind: 'created'; readonly discountGid: string }
  | { readonly kind: 'rejected'; readonly issues: readonly PlainIssue[] };

/** Shopify's input path → the admin form field it belongs to, so the error shows beside the right field. */
function formField(field: readonly string[] | null): string {
  const path = (field ?? []).filter((part) => part !== 'automaticBxgyDiscount');
  const [head] = path;
  if (head === 'customerBuys') return path.includes('value') ? 'buyQuantity' : 'buyProductId';
  if (head === 'customerGets')
    return path.includes('effect')
      ? 'percentOff'
      : path.includes('quantity')
        ? 'getQuantity'
        : 'getProductId';
  return head ?? 'discount';
}

/** The admin's "buy X, get Y at N% off" as Shopify's BXGY input: quantities, one product each side, a percentage. */
export function bxgyInput(values: DiscountValues): DiscountAutomaticBxgyInput {
  return {
    title: values.title,
    startsAt: values.startsAt,
    endsAt: values.endsAt,
    combinesWith: values.combinesWith,
    customerBuys: {
      items: { products: { productsToAdd: [values.buyProductId] } },
      value: { quantity: String(values.buyQuantity) },
    },
    customerGets: {
      items: { products: { productsToAdd: [values.getProductId] } },
      value: {
        discountOnQuantity: {
          quantity: String(values.getQuantity),
          effect: { percentage: values.percentOff / 100 },
        },
      },
    },
  };
}

/** Creates the discount; Shopify's userErrors come back as issues on the admin's fields (nothing was created). */
export async function createBxgy(client: AdminClient, values: DiscountValues): Promise<CreateOutcome> {
  const { data } = await client.request(DiscountAutomaticBxgyCreateDocument, { discount: bxgyInput(values) });
  const result = data.discountAutomaticBxgyCreate;
  const userErrors = result?.userErrors ?? [];
  if (userErrors.length > 0 || !result?.automaticDiscountNode) {
    const issues = userErrors.map((error) => ({ path: formField(error.field), message: error.message }));
    return {
      kind: 'rejected',
      issues:
        issues.length > 0 ? issues : [{ path: 'discount', message: 'Shopify did not create the discount' }],
    };
  }
  return { kind: 'created', discountGid: result.automaticDiscountNode.id };
}

export type DeleteOutcome =
  | { readonly kind: 'deleted' }
  | { readonly kind: 'gone' }
  | { readonly kind: 'rejected'; readonly issues: readonly PlainIssue[] };

/** Deletes the discount; one already deleted in the Shopify admin counts as gone, not as a failure. */
export async function deleteBxgy(client: AdminClient, discountGid: string): Promise<DeleteOutcome> {
  const { data } = await client.request(DiscountAutomaticDeleteDocument, { id: discountGid });
  const userErrors = data.discountAutomaticDelete?.userErrors ?? [];
  if (userErrors.length === 0) return { kind: 'deleted' };
  if (userErrors.every((error) => (error.field ?? []).join('.') === 'id')) return { kind: 'gone' };
  return {
    kind: 'rejected',
    issues: userErrors.map((error) => ({ path: formField(error.field), message: error.message })),
  };
}
