/**
 * Webhook payloads (Shopify's REST JSON shapes) → domain types. The GraphQL mappers for sync live in
 * shopify/admin/mappers.ts; these read the other wire format of the same objects. A payload that cannot be
 * read yields `{kind:'invalid'}` with the field named, so the delivery is recorded as failed, never half-stored.
 */
import type { OrderLine, OrderWithLines } from '../domain/order.js';
import type { ReportedCheckout } from '../measurement/checkouts/index.js';
import type { ProductWithVariants, Variant } from '../domain/product.js';
import { hashCustomerId } from '../shopify/admin/mappers.js';
import { toMinorUnits } from '../shopify/admin/money.js';

export type Mapped<T> =
  { readonly kind: 'ok'; readonly value: T } | { readonly kind: 'invalid'; readonly reason: string };

type Json = Record<string, unknown>;

class PayloadError extends Error {}

const obj = (value: unknown, field: string): Json => {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new PayloadError(`${field} is not an object`);
  return value as Json;
};
const list = (value: unknown, field: string): unknown[] => {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new PayloadError(`${field} is not an array`);
  return value;
};
const str = (value: unknown, field: string): string => {
  if (typeof value !== 'string' || value === '') throw new PayloadError(`${field} is missing`);
  return value;
};
const optStr = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const int = (value: unknown, field: string): number => {
  if (typeof value !== 'number' || !Number.isInteger(value))
    throw new PayloadError(`${field} is not an integer`);
  return value;
};
/**
 * A Shopify numeric id as its exact digits. Ids beyond 2^53 reach us as digit strings (lossless-json.ts); a
 * number here is always a safe integer, so String() is exact.
 */
const idDigits = (value: unknown): string | null => {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return String(value);
  if (typeof value === 'string' && /^[1-9]\d{0,19}$/.test(value)) return value;
  return null;
};
const id = (value: unknown, field: string): string => {
  const digits = idDigits(value);
  if (digits === null) throw new PayloadError(`${field} is not a Shopify id`);
  return digits;
};
const money = (value: unknown, currency: string, field: string): number => {
  const parsed = toMinorUnits(typeof value === 'number' ? String(value) : str(value, field), currency);
  if (parsed.kind === 'invalid') throw new PayloadError(`${field}: ${parsed.reason}`);
  return parsed.minor;
};
const time = (value: unknown, field: string): string => {
  const date = new Date(str(value, field));
  if (Number.isNaN(date.getTime())) throw new PayloadError(`${field} is not a timestamp`);
  return date.toISOString();
};
/** REST payloads carry numeric ids and (usually) admin_graphql_api_id; we key everything by GID. */
export const gidOf = (node: Json, type: string, field: string): string =>
  optStr(node['admin_graphql_api_id']) ?? `gid://shopify/${type}/${id(node['id'], `${field}.id`)}`;
const refGid = (value: unknown, type: string): string | null => {
  const digits = idDigits(value);
  return digits === null ? null : `gid://shopify/${type}/${digits}`;
};

/** The GID of a numeric id field (inventory_levels/update's inventory_item_id), or null. */
export const gidOfId = refGid;

/**
 * The hash of the payload's customer (orders and privacy topics carry `customer.id`), kept beside the raw payload
 * so customers/redact can erase it; null when there is none.
 */
export function payloadCustomerHash(payload: unknown, customerSecret: string): string | null {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return null;
  const customer = (payload as Json)['customer'];
  if (typeof customer !== 'object' || customer === null) return null;
  const digits = idDigits((customer as Json)['id']);
  return digits === null ? null : hashCustomerId(customerSecret, digits);
}

/** The payload customer's GID (a buyer profile's owner), or null when there is none. */
export function payloadCustomerGid(payload: unknown): string | null {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return null;
  const customer = (payload as Json)['customer'];
  if (typeof customer !== 'object' || customer === null) return null;
  return refGid((customer as Json)['id'], 'Customer');
}

/** The mapped value, or `{invalid}` naming the field, as the webhook handlers return it. */
export const unwrap = <T>(result: Mapped<T>): T | { invalid: string } =>
  result.kind === 'ok' ? result.value : { invalid: result.reason };

function mapped<T>(read: () => T): Mapped<T> {
  try {
    return { kind: 'ok', value: read() };
  } catch (error) {
    if (error instanceof PayloadError) return { kind: 'invalid', reason: error.message };
    throw error;
  }
}

/** products/delete carries only the product's id. */
export function mapProductDeletePayload(payload: Json): Mapped<string> {
  return mapped(() => gidOf(payload, 'Product', 'product'));
}

/**
 * A checkouts/create or checkouts/update body (REST Checkout): the token, when the checkout was created and the
 * products in its cart. Nothing about the buyer is read.
 */
export function mapCheckoutPayload(payload: unknown): Mapped<ReportedCheckout> {
  return mapped(() => {
    const checkout = obj(payload, 'checkout');
    const productIds = list(checkout['line_items'], 'line_items').flatMap((raw, index) => {
      const productId = refGid(obj(raw, `line_items.${index}`)['product_id'], 'Product');
      return productId === null ? [] : [productId];
    });
    return {
      token: str(checkout['token'], 'token'),
      createdAt: time(checkout['created_at'], 'created_at'),
      productIds: [...new Set(productIds)],
      source: 'checkout',
    };
  });
}

export function mapOrderPayload(payload: unknown, customerSecret: string): Mapped<OrderWithLines> {
  return mapped(() => {
    const order = obj(payload, 'order');
    const currency = str(order['currency'], 'currency');
    const customer =
      order['customer'] === null || order['customer'] === undefined
        ? null
        : obj(order['customer'], 'customer');
    const refundedMinor = list(order['refunds'], 'refunds').reduce<number>((sum, refund, r) => {
      const transactions = list(obj(refund, `refunds.${r}`)['transactions'], `refunds.${r}.transactions`);
      return transactions.reduce<number>((inner, transaction, t) => {
        const tx = obj(transaction, `refunds.${r}.transactions.${t}`);
        return tx['kind'] === 'refund' && tx['status'] !== 'failure'
          ? inner + money(tx['amount'], currency, `refunds.${r}.transactions.${t}.amount`)
          : inner;
      }, sum);
    }, 0);
    const lines = list(order['line_items'], 'line_items').map((raw, index): OrderLine => {
      const line = obj(raw, `line_items.${index}`);
      const field = `line_items.${index}`;
      const quantity = int(line['quantity'], `${field}.quantity`);
      const unitPriceMinor = money(line['price'], currency, `${field}.price`);
      const discounts = list(line['discount_allocations'], `${field}.discount_allocations`).reduce<number>(
        (sum, allocation, a) =>
          sum +
          money(
            obj(allocation, `${field}.discount_allocations.${a}`)['amount'],
            currency,
            `${field}.discount_allocations.${a}.amount`,
          ),
        0,
      );
      const attribute = list(line['properties'], `${field}.properties`)
        .map((property, p) => obj(property, `${field}.properties.${p}`))
        .find((property) => property['name'] === '_tandem');
      return {
        lineId: gidOf(line, 'LineItem', field),
        productId: refGid(line['product_id'], 'Product'),
        variantId: refGid(line['variant_id'], 'ProductVariant'),
        quantity,
        unitPriceMinor,
        discountedTotalMinor: unitPriceMinor * quantity - discounts,
        tandemAttribute: attribute ? String(attribute['value'] ?? '') : null,
      };
    });
    return {
      id: gidOf(order, 'Order', 'order'),
      createdAt: time(order['created_at'], 'created_at'),
      updatedAt: time(order['updated_at'] ?? order['created_at'], 'updated_at'),
      currency,
      customerHash: customer ? hashCustomerId(customerSecret, id(customer['id'], 'customer.id')) : null,
      checkoutToken: optStr(order['checkout_token']),
      subtotalMinor: money(order['subtotal_price'] ?? '0', currency, 'subtotal_price'),
      totalMinor: money(order['total_price'], currency, 'total_price'),
      refundedMinor,
      cancelledAt: order['cancelled_at'] ? time(order['cancelled_at'], 'cancelled_at') : null,
      lines,
    };
  });
}

const STATUS: Readonly<Record<string, ProductWithVariants['status']>> = {
  active: 'ACTIVE',
  draft: 'DRAFT',
  archived: 'ARCHIVED',
};

/** A variant whose availability the payload cannot tell (sold out, policy deny, tracking not in the payload). */
export interface UndeterminedVariant {
  readonly variantId: string;
  /** The inventory item's GID, to ask Shopify; null when the payload has none. */
  readonly inventoryItemId: string | null;
}

export interface MappedProductPayload {
  readonly product: ProductWithVariants;
  /** Variants stored as unavailable until Shopify is asked (process-delivery.ts does). */
  readonly undetermined: readonly UndeterminedVariant[];
}

/**
 * Availability as Shopify derives `availableForSale`: a variant is for sale unless its inventory is tracked, its
 * quantity is ≤ 0 and its policy is `deny`. Payloads since 2024-07 no longer carry `inventory_management` (the
 * tracked flag lives on the inventory item), so a sold-out `deny` variant is undetermined from the payload alone.
 * Older payloads that still carry it are read as before.
 */
function variantAvailability(variant: Json, quantity: number): boolean | 'undetermined' {
  if (quantity > 0 || variant['inventory_policy'] === 'continue') return true;
  if (!('inventory_management' in variant)) return 'undetermined';
  return variant['inventory_management'] === null;
}

export function mapProductPayload(payload: unknown, currency: string): Mapped<MappedProductPayload> {
  return mapped(() => {
    const product = obj(payload, 'product');
    const id = gidOf(product, 'Product', 'product');
    const status = STATUS[str(product['status'], 'status').toLowerCase()];
    if (!status) throw new PayloadError(`status "${String(product['status'])}" is unknown`);
    const options = list(product['options'], 'options').map((raw, index) => {
      const option = obj(raw, `options.${index}`);
      return {
        name: str(option['name'], `options.${index}.name`),
        values: list(option['values'], `options.${index}.values`).map(String),
      };
    });
    const updatedAt = time(product['updated_at'], 'updated_at');
    const image = product['image'] ? obj(product['image'], 'image') : null;
    const undetermined: UndeterminedVariant[] = [];
    const variants = list(product['variants'], 'variants').map((raw, index): Variant => {
      const variant = obj(raw, `variants.${index}`);
      const field = `variants.${index}`;
      const quantity = int(variant['inventory_quantity'] ?? 0, `${field}.inventory_quantity`);
      const variantId = gidOf(variant, 'ProductVariant', field);
      const available = variantAvailability(variant, quantity);
      if (available === 'undetermined')
        undetermined.push({
          variantId,
          inventoryItemId: refGid(variant['inventory_item_id'], 'InventoryItem'),
        });
      const selectedOptions = options.flatMap((option, o) => {
        const value = optStr(variant[`option${o + 1}`]);
        return value === null ? [] : [{ name: option.name, value }];
      });
      return {
        id: variantId,
        productId: id,
        title: str(variant['title'], `${field}.title`),
        sku: optStr(variant['sku']),
        position: int(variant['position'] ?? index + 1, `${field}.position`),
        priceMinor: money(variant['price'], currency, `${field}.price`),
        compareAtPriceMinor: variant['compare_at_price']
          ? money(variant['compare_at_price'], currency, `${field}.compare_at_price`)
          : null,
        selectedOptions,
        // As the sync stores it (the variant's inventoryQuantity), tracked or not.
        inventoryQuantity: quantity,
        availableForSale: available === true,
        updatedAt: variant['updated_at'] ? time(variant['updated_at'], `${field}.updated_at`) : updatedAt,
      };
    });
    const mappedProduct: ProductWithVariants = {
      id,
      title: str(product['title'], 'title'),
      handle: str(product['handle'], 'handle'),
      productType: optStr(product['product_type']) ?? '',
      vendor: optStr(product['vendor']) ?? '',
      status,
      tags: (optStr(product['tags']) ?? '')
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
      publishedAt: product['published_at'] ? time(product['published_at'], 'published_at') : null,
      imageUrl: image ? optStr(image['src']) : null,
      collectionIds: [],
      options,
      updatedAt,
      variants,
    };
    return { product: mappedProduct, undetermined };
  });
}
