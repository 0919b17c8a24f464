/**
 * The one place Admin GraphQL nodes become domain types (STYLE 13). Paged responses and bulk JSONL lines carry the
 * same fragments (ProductFields, VariantFields, OrderFields, LineItemFields), so both paths map through here. Nodes
 * are read defensively — a bulk line is untyped JSON — and a node we cannot read becomes a `skipped` result naming
 * its id and the field, never an exception that would abort a sync.
 */
import { createHmac } from 'node:crypto';
import type { BillingSubscription } from '../../domain/billing.js';
import type { OrderLine, OrderWithLines } from '../../domain/order.js';
import type { ProductStatus, ProductWithVariants, Variant } from '../../domain/product.js';
import { ValidationError } from '../../errors.js';
import { validateOrders, validateProducts, validateSubscription } from '../../store/validation/index.js';
import type {
  AppSubscriptionFieldsFragment,
  LineItemFieldsFragment,
  OrderFieldsFragment,
  ProductFieldsFragment,
  VariantFieldsFragment,
} from './generated/graphql.js';
import { toMinorUnits } from './money.js';

export interface MapContext {
  /** ISO 4217 code of the shop currency: product and variant prices are in it. */
  readonly shopCurrency: string;
  /** Per-app secret for the one-way customer hash. */
  readonly customerHashKey: string;
}

export type Mapped<T> =
  | { readonly kind: 'mapped'; readonly value: T }
  | { readonly kind: 'skipped'; readonly id: string | null; readonly reason: string };

/** The line attribute the checkout extension sets on lines it added (offer id + arm). */
export const TANDEM_ATTRIBUTE = '_tandem';

/**
 * One-way hash of a customer id: HMAC-SHA256 under the app's secret, hex. Accepts the GraphQL GID or the numeric id
 * webhooks send and hashes the GID form, so both give the same hash. The id itself is never stored.
 */
export function hashCustomerId(key: string, customerId: string | number): string {
  if (key.length === 0) throw new Error('hashCustomerId: the hash key is empty');
  const id = String(customerId);
  const gid = /^\d+$/.test(id) ? `gid://shopify/Customer/${id}` : id;
  return createHmac('sha256', key).update(gid).digest('hex');
}

class Unreadable extends Error {}

function list<T>(value: readonly T[] | null | undefined, path: string): readonly T[] {
  if (!Array.isArray(value)) throw new Unreadable(`${path} must be a list`);
  return value;
}

function money(amount: unknown, currency: string, path: string): number {
  const result = toMinorUnits(amount, currency);
  if (result.kind === 'invalid') throw new Unreadable(`${path} ${result.reason}`);
  return result.minor;
}

/** Shopify's shopMoney amount of a MoneyBag (`…Set { shopMoney { amount } }`). */
function bagAmount(
  bag: { readonly shopMoney?: { readonly amount?: unknown } | null } | null | undefined,
  currency: string,
  path: string,
): number {
  return money(bag?.shopMoney?.amount, currency, `${path}.shopMoney.amount`);
}

/** UNLISTED (2025-10+) products are kept out of recommendations by Shopify itself, so we treat them like drafts. */
function productStatus(status: string): ProductStatus {
  return status === 'UNLISTED' ? 'DRAFT' : (status as ProductStatus);
}

function idOf(node: unknown): string | null {
  const id = (node as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : null;
}

/** Runs a mapping; unreadable input (missing lists, bad money, fields the store would reject) → `skipped`. */
function guard<T>(node: unknown, map: () => T): Mapped<T> {
  try {
    return { kind: 'mapped', value: map() };
  } catch (error) {
    if (error instanceof ValidationError) {
      const reason = error.issues
        .map((issue) => `${issue.path.replace(/^\w+\[0\]\.?/, '')} ${issue.message}`)
        .join('; ');
      return { kind: 'skipped', id: idOf(node), reason: reason || error.message };
    }
    if (error instanceof Unreadable || error instanceof TypeError)
      return { kind: 'skipped', id: idOf(node), reason: error.message };
    throw error;
  }
}

function mapVariant(
  node: VariantFieldsFragment,
  productId: string,
  currency: string,
  index: number,
): Variant {
  const path = `variants[${index}]`;
  return {
    id: node.id,
    productId,
    title: node.title,
    sku: node.sku,
    position: node.position,
    priceMinor: money(node.price, currency, `${path}.price`),
    compareAtPriceMinor:
      node.compareAtPrice === null ? null : money(node.compareAtPrice, currency, `${path}.compareAtPrice`),
    selectedOptions: list(node.selectedOptions, `${path}.selectedOptions`).map(({ name, value }) => ({
      name,
      value,
    })),
    inventoryQuantity: node.inventoryQuantity,
    availableForSale: node.availableForSale,
    updatedAt: node.updatedAt,
  };
}

/** A product node (ProductFields) with all of its variants (VariantFields), in the shop currency. */
export function mapProduct(
  node: ProductFieldsFragment,
  variants: readonly VariantFieldsFragment[],
  context: MapContext,
): Mapped<ProductWithVariants> {
  return guard(node, () => {
    const product: ProductWithVariants = {
      id: node.id,
      title: node.title,
      handle: node.handle,
      productType: node.productType,
      vendor: node.vendor,
      status: productStatus(node.status),
      tags: list(node.tags, 'tags'),
      publishedAt: node.publishedAt,
      imageUrl: node.featuredMedia?.preview?.image?.url ?? null,
      collectionIds: [],
      options: list(node.options, 'options').map(({ name, values }) => ({
        name,
        values: list(values, `options.${name}.values`),
      })),
      updatedAt: node.updatedAt,
      variants: variants.map((variant, index) => mapVariant(variant, node.id, context.shopCurrency, index)),
    };
    const [clean] = validateProducts([product]);
    if (!clean) throw new Unreadable('product did not survive validation');
    return clean;
  });
}

function mapLine(node: LineItemFieldsFragment, currency: string, index: number): OrderLine {
  const path = `lines[${index}]`;
  const attributes = list(node.customAttributes, `${path}.customAttributes`);
  return {
    lineId: node.id,
    productId: node.product?.id ?? null,
    variantId: node.variant?.id ?? null,
    quantity: node.quantity,
    unitPriceMinor: bagAmount(node.originalUnitPriceSet, currency, `${path}.originalUnitPriceSet`),
    discountedTotalMinor: bagAmount(node.discountedTotalSet, currency, `${path}.discountedTotalSet`),
    tandemAttribute: attributes.find((attribute) => attribute.key === TANDEM_ATTRIBUTE)?.value ?? null,
  };
}

/**
 * An order node (OrderFields) with all of its line items. Amounts are shopMoney, in `currencyCode` (the shop currency
 * when the order was placed). The checkout token (Admin API 2026-10 `Order.checkoutToken`) is what a reconcile
 * decides the arm from when the order's webhook was missed.
 */
export function mapOrder(
  node: OrderFieldsFragment,
  lines: readonly LineItemFieldsFragment[],
  context: MapContext,
): Mapped<OrderWithLines> {
  return guard(node, () => {
    const currency = node.currencyCode;
    const mappedLines = lines.map((line, index) => mapLine(line, currency, index));
    const customerId = node.customer?.id;
    const order: OrderWithLines = {
      id: node.id,
      createdAt: node.createdAt,
      currency,
      customerHash: customerId ? hashCustomerId(context.customerHashKey, customerId) : null,
      checkoutToken: node.checkoutToken ?? null,
      // Shopify leaves subtotalPriceSet null on some edited orders; the lines after discounts are the same figure.
      subtotalMinor: node.subtotalPriceSet
        ? bagAmount(node.subtotalPriceSet, currency, 'subtotalPriceSet')
        : mappedLines.reduce((sum, line) => sum + line.discountedTotalMinor, 0),
      totalMinor: bagAmount(node.totalPriceSet, currency, 'totalPriceSet'),
      refundedMinor: bagAmount(node.totalRefundedSet, currency, 'totalRefundedSet'),
      cancelledAt: node.cancelledAt,
      updatedAt: node.updatedAt,
      lines: mappedLines,
    };
    const [clean] = validateOrders([order]);
    if (!clean) throw new Unreadable('order did not survive validation');
    return clean;
  });
}

/**
 * An AppSubscription as Tandem keeps it: the recurring price, the usage line item (its id is where usage records
 * go) with cap and balance. Tandem's own fields (`confirmationUrl`, the approved usage terms) come from `previous`;
 * `terms` stand in for a subscription Tandem has no record of.
 * Throws a ValidationError naming the field Shopify sent in a shape Tandem cannot keep.
 */
export function mapAppSubscription(
  node: AppSubscriptionFieldsFragment,
  previous: BillingSubscription | undefined,
  now: string,
  terms: Pick<BillingSubscription, 'includedOrders' | 'perOrderMinor'>,
): BillingSubscription {
  let recurring: { amount: string; currencyCode: string } | undefined;
  let usage:
    { id: string; capped: { amount: string; currencyCode: string }; used: { amount: string } } | undefined;
  for (const item of node.lineItems) {
    const details = item.plan.pricingDetails;
    if (details.__typename === 'AppRecurringPricing') recurring = details.price;
    else if (details.__typename === 'AppUsagePricing')
      usage = { id: item.id, capped: details.cappedAmount, used: details.balanceUsed };
  }
  const currency = recurring?.currencyCode ?? usage?.capped.currencyCode ?? previous?.currency ?? 'USD';
  const minor = (path: string, amount: string | undefined): number => {
    if (amount === undefined) return 0;
    const parsed = toMinorUnits(amount, currency);
    if (parsed.kind === 'invalid')
      throw new ValidationError(`Invalid subscription ${node.id}: ${path} ${parsed.reason}`, [
        { path, message: parsed.reason },
      ]);
    return parsed.minor;
  };
  return validateSubscription({
    id: node.id,
    name: node.name,
    status: node.status,
    test: node.test,
    trialDays: node.trialDays,
    createdAt: node.createdAt,
    currentPeriodEnd: node.currentPeriodEnd,
    currency,
    recurringMinor: minor('recurring.price', recurring?.amount),
    usageLineItemId: usage?.id ?? null,
    cappedMinor: minor('usage.cappedAmount', usage?.capped.amount),
    balanceUsedMinor: minor('usage.balanceUsed', usage?.used.amount),
    includedOrders: previous?.includedOrders ?? terms.includedOrders,
    perOrderMinor: previous?.perOrderMinor ?? terms.perOrderMinor,
    confirmationUrl: node.status === 'PENDING' ? (previous?.confirmationUrl ?? null) : null,
    updatedAt: now,
  });
}
