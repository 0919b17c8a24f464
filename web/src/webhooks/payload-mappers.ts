/**
 * Webhook payloads (Shopify's REST JSON shapes) → domain types. The GraphQL mappers for sync live in
 * shopify/admin/mappers.ts; these read the other wire format of the same objects. A payload that cannot be
 * read yields `{kind:'invalid'}` with the field named, so the delivery is recorded as failed, never half-stored.
 */
import type { OrderLine, OrderWithLines } from '../domain/order.js';
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
  optStr(node['admin_graphql_api_id']) ?? `gid://shopify/${type}/${String(int(node['id'], `${field}.id`))}`;
const refGid = (value: unknown, type: string): string | null =>
  typeof value === 'number' && Number.isInteger(value) ? `gid://shopify/${type}/${value}` : null;

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
      customerHash: customer ? hashCustomerId(customerSecret, int(customer['id'], 'customer.id')) : null,
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

export function mapProductPayload(payload: unknown, currency: string): Mapped<ProductWithVariants> {
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
    const variants = list(product['variants'], 'variants').map((raw, index): Variant => {
      const variant = obj(raw, `variants.${index}`);
      const field = `variants.${index}`;
      const tracked =
        variant['inventory_management'] !== null && variant['inventory_management'] !== undefined;
      const quantity = tracked
        ? int(variant['inventory_quantity'] ?? 0, `${field}.inventory_quantity`)
        : null;
      const selectedOptions = options.flatMap((option, o) => {
        const value = optStr(variant[`option${o + 1}`]);
        return value === null ? [] : [{ name: option.name, value }];
      });
      return {
        id: gidOf(variant, 'ProductVariant', field),
        productId: id,
        title: str(variant['title'], `${field}.title`),
        sku: optStr(variant['sku']),
        position: int(variant['position'] ?? index + 1, `${field}.position`),
        priceMinor: money(variant['price'], currency, `${field}.price`),
        compareAtPriceMinor: variant['compare_at_price']
          ? money(variant['compare_at_price'], currency, `${field}.compare_at_price`)
          : null,
        selectedOptions,
        inventoryQuantity: quantity,
        availableForSale: quantity === null || quantity > 0 || variant['inventory_policy'] === 'continue',
        updatedAt: variant['updated_at'] ? time(variant['updated_at'], `${field}.updated_at`) : updatedAt,
      };
    });
    return {
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
  });
}
