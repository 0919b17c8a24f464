/**
 * Scopes per root field. The published schema only carries scope text for a few fields (`requiredAccess`),
 * so this table lists what Shopify's reference pages state for the fields Tandem uses
 * (https://shopify.dev/docs/api/usage/access-scopes). Orders older than 60 days additionally need
 * `read_all_orders` (filtered in order-resolvers.ts, as Shopify does silently).
 */
import { shopifyError } from '../engine/graphql-errors.js';
import type { AdminContext } from './context.js';

const ROOT_SCOPES: Readonly<Record<string, string>> = {
  products: 'read_products',
  product: 'read_products',
  productVariants: 'read_products',
  productVariant: 'read_products',
  productsCount: 'read_products',
  orders: 'read_orders',
  order: 'read_orders',
  ordersCount: 'read_orders',
  discountNodes: 'read_discounts',
  automaticDiscountNode: 'read_discounts',
  discountAutomaticBxgyCreate: 'write_discounts',
  discountAutomaticBxgyUpdate: 'write_discounts',
  discountAutomaticDelete: 'write_discounts',
  webPixel: 'read_pixels',
  webPixelCreate: 'write_pixels',
  webPixelUpdate: 'write_pixels',
  webPixelDelete: 'write_pixels',
};

/** Throws Shopify's ACCESS_DENIED error when the app lacks the field's scope. */
export function assertRootAccess(field: string, ctx: AdminContext): void {
  const scope = ROOT_SCOPES[field];
  if (!scope || ctx.hasScope(scope)) return;
  throw accessDenied(field, scope);
}

export function accessDenied(field: string, scope: string): Error {
  return shopifyError(
    `Access denied for ${field} field. Required access: \`${scope}\` access scope.`,
    'ACCESS_DENIED',
    {
      documentation: 'https://shopify.dev/api/usage/access-scopes',
      requiredAccess: `\`${scope}\` access scope.`,
    },
  );
}
