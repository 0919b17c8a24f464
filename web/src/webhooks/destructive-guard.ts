import type { Shop } from '../domain/shop.js';
import type { WebhookTopic } from './topics.js';

// The HMAC covers the body only: the topic and shop headers are not signed, so any body Shopify ever signed for
// this app (an order of shop A) can be replayed under another topic or shop. Topics that delete data therefore
// check that the body is the shape Shopify sends for that topic, that it names the shop of the header, and that
// the shop is in the state Shopify sends the topic in. A refusal is logged and nothing is deleted.

type Payload = Record<string, unknown>;

export type GuardVerdict =
  { readonly kind: 'allowed' } | { readonly kind: 'refused'; readonly reason: string };

const ALLOWED: GuardVerdict = { kind: 'allowed' };
const refused = (reason: string): GuardVerdict => ({ kind: 'refused', reason });

/** A Shopify numeric id: a positive integer, or its digits as a string (ids above 2^53 arrive as strings). */
export const isNumericId = (value: unknown): boolean =>
  (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) ||
  (typeof value === 'string' && /^[1-9]\d{0,19}$/.test(value));

const keysWithin = (payload: Payload, allowed: readonly string[]) =>
  Object.keys(payload).every((key) => allowed.includes(key));

/** The body's shop id differs from the one the first sync recorded (unknown before it: then only the domain is checked). */
const otherShopId = (value: unknown, record: Shop | undefined): boolean =>
  record?.shopId != null && String(value) !== record.shopId;

/** Checks a delivery of a destructive topic before its handler runs; other topics are always allowed. */
export function guardDestructive(
  topic: WebhookTopic,
  shop: string,
  payload: Payload,
  record: Shop | undefined,
): GuardVerdict {
  switch (topic) {
    case 'shop/redact':
      // { shop_id, shop_domain } (https://shopify.dev/docs/apps/build/compliance/privacy-law-compliance)
      if (!keysWithin(payload, ['shop_id', 'shop_domain']) || !isNumericId(payload['shop_id']))
        return refused('body is not a shop/redact body ({shop_id, shop_domain})');
      if (payload['shop_domain'] !== shop) return refused('shop_domain does not match the shop header');
      if (record === undefined) return refused('the shop is unknown');
      if (otherShopId(payload['shop_id'], record)) return refused("shop_id is not the installed shop's id");
      if (record.status === 'installed')
        return refused('the shop is installed (Shopify sends shop/redact 48 hours after uninstall)');
      return ALLOWED;
    case 'customers/redact':
    case 'customers/data_request': {
      const customer = payload['customer'];
      const ordersKey = topic === 'customers/redact' ? 'orders_to_redact' : 'orders_requested';
      if (
        !isNumericId(payload['shop_id']) ||
        typeof customer !== 'object' ||
        customer === null ||
        !isNumericId((customer as Payload)['id']) ||
        !Array.isArray(payload[ordersKey])
      )
        return refused(`body is not a ${topic} body ({shop_id, shop_domain, customer.id, ${ordersKey}})`);
      if (payload['shop_domain'] !== shop) return refused('shop_domain does not match the shop header');
      if (record === undefined) return refused('the shop is unknown');
      if (otherShopId(payload['shop_id'], record)) return refused("shop_id is not the installed shop's id");
      return ALLOWED;
    }
    case 'app/uninstalled':
      // The REST Shop resource: its myshopify_domain is the shop's permanent domain.
      if (!isNumericId(payload['id'])) return refused('body is not a shop (app/uninstalled) body');
      if (payload['myshopify_domain'] !== shop)
        return refused('myshopify_domain does not match the shop header');
      if (otherShopId(payload['id'], record)) return refused("id is not the installed shop's id");
      return ALLOWED;
    case 'products/delete':
      // Shopify sends only the deleted product's id.
      if (!keysWithin(payload, ['id', 'admin_graphql_api_id']) || !isNumericId(payload['id']))
        return refused('body is not a products/delete body ({id})');
      return ALLOWED;
    default:
      return ALLOWED;
  }
}
