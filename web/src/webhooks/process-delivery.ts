import { isDeepStrictEqual } from 'node:util';
import type { ProductWithVariants } from '../domain/product.js';
import type { Logger } from '../logger.js';
import { attributeOrders, refundedQuantities } from '../measurement/attribution/index.js';
import type { AdminClient } from '../shopify/admin/client.js';
import { InventoryItemVariantDocument } from '../shopify/admin/generated/graphql.js';
import { hashCustomerId } from '../shopify/admin/mappers.js';
import { dataRequestExport } from './data-request-export.js';
import type { Stores } from '../store/types.js';
import type { TandemQueue } from '../tasks/types.js';
import {
  mapOrderPayload,
  mapProductDeletePayload,
  mapProductPayload,
  type Mapped,
} from './payload-mappers.js';
import type { WebhookTopic } from './topics.js';
import { fetchCurrentProduct } from './current-product.js';

export interface WebhookProcessorDeps {
  readonly stores: Stores;
  readonly queue: Pick<TandemQueue, 'cancel'>;
  readonly logger: Logger;
  /** Keys the one-way customer hash (the app secret). */
  readonly customerSecret: string;
  readonly adminClient: (shop: string) => Promise<AdminClient>;
  /** The shop's currency (product payloads carry prices without one). */
  readonly shopCurrency: (shop: string) => Promise<string>;
  readonly now?: () => Date;
}

export type ProcessOutcome =
  | {
      readonly kind: 'processed';
      readonly topic: WebhookTopic;
      readonly detail: Record<string, number | string>;
    }
  | { readonly kind: 'invalid'; readonly topic: string; readonly reason: string }
  | { readonly kind: 'missing' };

type Payload = Record<string, unknown>;
type Handler = (
  shop: string,
  payload: Payload,
) => Promise<Record<string, number | string> | { invalid: string }>;

const unwrap = <T>(result: Mapped<T>): T | { invalid: string } =>
  result.kind === 'ok' ? result.value : { invalid: result.reason };

/**
 * Applies one persisted webhook to the store. Every handler is idempotent (upserts keyed by id, with the store
 * skipping payloads older than what it holds, so out-of-order and repeated deliveries converge), and the
 * delivery is marked processed only after its effect is stored.
 */
export function createWebhookProcessor(deps: WebhookProcessorDeps) {
  const { stores, logger } = deps;
  const handlers: Readonly<Record<WebhookTopic, Handler>> = {
    'orders/create': upsertOrder,
    'orders/updated': upsertOrder,
    'products/create': upsertProduct,
    'products/update': upsertProduct,
    'products/delete': async (shop, payload) => {
      const productId = unwrap(mapProductDeletePayload(payload));
      if (typeof productId !== 'string') return productId;
      return { deleted: await stores.catalog.deleteProducts(shop, [productId]) };
    },
    'inventory_levels/update': refreshInventory,
    'app/uninstalled': async (shop, payload) => {
      const at = new Date().toISOString();
      await stores.shops.markUninstalled(shop, at);
      const sessions = await stores.sessions.findSessionsByShop(shop);
      await stores.sessions.deleteSessions(sessions.map((session) => session.id));
      const cancelled = await deps.queue.cancel(shop);
      return {
        sessionsDeleted: sessions.length,
        jobsCancelled: cancelled,
        domain: String(payload['domain'] ?? shop),
      };
    },
    'customers/data_request': async (shop, payload) => {
      const customerHash = customerHashOf(payload);
      const customerId = (payload['customer'] as Payload | undefined)?.['id'];
      const requestId = (payload['data_request'] as Payload | undefined)?.['id'];
      if (!customerHash || customerId === undefined) return { invalid: 'customer.id is missing' };
      if (typeof requestId !== 'number' && typeof requestId !== 'string')
        return { invalid: 'data_request.id is missing' };
      const orders = await stores.orders.findByCustomerHash(shop, customerHash);
      // Kept for the merchant to download from the admin (Settings → Customer data requests) for 30 days.
      const { request, exported } = dataRequestExport({
        shop,
        requestId: String(requestId),
        customerId: String(customerId),
        receivedAt: (deps.now ?? (() => new Date()))(),
        orders,
      });
      await stores.dataRequests.save(shop, request, exported);
      logger.info(
        { shop, privacy: 'customers/data_request', dataRequestId: request.id, orders: orders.length },
        'customer data export stored',
      );
      return { orders: orders.length };
    },
    'customers/redact': async (shop, payload) => {
      const customerHash = customerHashOf(payload);
      if (!customerHash) return { invalid: 'customer.id is missing' };
      // The days those orders counted on are rolled up again without them.
      const days = (await stores.orders.findByCustomerHash(shop, customerHash)).map((order) =>
        order.createdAt.slice(0, 10),
      );
      const { orders } = await stores.deleteCustomerData(shop, customerHash);
      await stores.measurement.markDirty(shop, days);
      return { ordersDeleted: orders };
    },
    'shop/redact': async (shop) => {
      await stores.deleteShopData(shop);
      return { redacted: shop };
    },
  };

  function customerHashOf(payload: Payload): string | null {
    const customer = payload['customer'] as Payload | undefined;
    const id = customer?.['id'];
    return typeof id === 'number' || typeof id === 'string' ? hashCustomerId(deps.customerSecret, id) : null;
  }

  async function upsertOrder(shop: string, payload: Payload) {
    const order = unwrap(mapOrderPayload(payload, deps.customerSecret));
    if ('invalid' in order) return order;
    const result = await stores.orders.upsertOrders(shop, [order]);
    // A stale payload changed nothing; the newer stored order was attributed when it arrived.
    if (result.written === 0) return { written: result.written, stale: result.stale };
    // Attribution (and the refunds that reduce it) follows every stored create and update; only the payload
    // itemises refunded lines, so they are read from it here.
    const refunds = new Map([[order.id, refundedQuantities(payload)]]);
    const attribution = await attributeOrders({ stores }, shop, [order], { refundedQuantities: refunds });
    if (attribution.problems.length > 0)
      logger.warn(
        { shop, orderId: order.id, problems: attribution.problems },
        'order lines not (fully) attributed',
      );
    return {
      written: result.written,
      stale: result.stale,
      attributedLines: attribution.attributedLines,
      attributedMinor: attribution.attributedMinor,
    };
  }

  async function upsertProduct(shop: string, payload: Payload) {
    const currency = await deps.shopCurrency(shop);
    const mapped = unwrap(mapProductPayload(payload, currency));
    if ('invalid' in mapped) return mapped;
    // Webhook payloads do not list collections; keep the ones the last sync stored.
    const stored = await stores.catalog.getProduct(shop, mapped.id);
    let product: ProductWithVariants = { ...mapped, collectionIds: stored?.collectionIds ?? [] };
    let refetched = 0;
    // Shopify's updated_at has whole seconds: two edits within one second, delivered out of order, carry the same
    // time and neither is newer by it. On such a tie with different content, ask Shopify for the product as it is.
    if (stored && stored.updatedAt === product.updatedAt && !isDeepStrictEqual(stored, product)) {
      const current = await fetchCurrentProduct(await deps.adminClient(shop), product.id, currency);
      if (!current) return { invalid: `product ${product.id} could not be read back after a tied update` };
      product = { ...current, collectionIds: stored.collectionIds };
      refetched = 1;
    }
    const result = await stores.catalog.upsertProducts(shop, [product]);
    return { written: result.written, stale: result.stale, refetched };
  }

  async function refreshInventory(shop: string, payload: Payload) {
    const itemId = payload['inventory_item_id'];
    if (typeof itemId !== 'number') return { invalid: 'inventory_item_id is missing' };
    // The payload names an inventory item and one location; the variant's total across locations comes from the API.
    const client = await deps.adminClient(shop);
    const { data } = await client.request(InventoryItemVariantDocument, {
      id: `gid://shopify/InventoryItem/${itemId}`,
    });
    const variant = data.inventoryItem?.variant;
    if (!variant) return { unknownItem: itemId };
    const result = await stores.catalog.updateInventory(shop, [
      {
        variantId: variant.id,
        inventoryQuantity: variant.inventoryQuantity,
        availableForSale: variant.availableForSale,
        updatedAt: variant.updatedAt,
      },
    ]);
    return { written: result.written, stale: result.stale };
  }

  return async function processDelivery(shop: string, eventId: string): Promise<ProcessOutcome> {
    const delivery = await stores.inbox.get(shop, eventId);
    if (!delivery) return { kind: 'missing' };
    const handler = handlers[delivery.topic as WebhookTopic] as Handler | undefined;
    const payload = (
      typeof delivery.payload === 'object' && delivery.payload !== null ? delivery.payload : {}
    ) as Payload;
    const result = handler ? await handler(shop, payload) : { invalid: `unknown topic ${delivery.topic}` };
    // shop/redact erased the inbox row too; nothing left to mark.
    if (delivery.topic !== 'shop/redact') await stores.inbox.markProcessed(shop, eventId);
    if ('invalid' in result && typeof result.invalid === 'string') {
      logger.warn(
        { shop, eventId, topic: delivery.topic, reason: result.invalid },
        'webhook payload unreadable; nothing stored',
      );
      return { kind: 'invalid', topic: delivery.topic, reason: result.invalid };
    }
    return {
      kind: 'processed',
      topic: delivery.topic as WebhookTopic,
      detail: result as Record<string, number | string>,
    };
  };
}
