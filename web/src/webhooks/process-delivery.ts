import { isDeepStrictEqual } from 'node:util';
import type { Billing, ChargeOutcome } from '../billing/index.js';
import type { OrderWithLines } from '../domain/order.js';
import type { Logger } from '../logger.js';
import { attributeOrders, refundedQuantities } from '../measurement/attribution/index.js';
import type { AdminClient } from '../shopify/admin/client.js';
import { dataRequestExport } from './data-request-export.js';
import type { Stores } from '../store/types.js';
import type { TandemQueue } from '../jobs/types.js';
import { fetchCurrentOrder } from './current-order.js';
import { guardDestructive } from './destructive-guard.js';
import { createProductHandlers } from './product-handlers.js';
import { checkoutOfOrder, recordCheckouts } from '../measurement/checkouts/index.js';
import {
  mapCheckoutPayload,
  mapOrderPayload,
  mapProductDeletePayload,
  payloadCustomerGid,
  payloadCustomerHash,
  unwrap,
} from './payload-mappers.js';
import { createCustomerProfiles } from '../profiles/customer-profiles.js';
import { LIFECYCLE_TOPICS, isWebhookTopic, type WebhookTopic } from './topics.js';

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
  /** Usage charges for orders that took an offer, and the subscription webhooks (web/src/billing). */
  readonly billing: Pick<Billing, 'chargeOrder' | 'subscriptionChanged'>;
  /** Queues the shop's rollup job after a delivery that changed measured days; without it the sweep does. */
  readonly scheduleRollup?: (shop: string) => Promise<void>;
}

export type ProcessOutcome =
  | {
      readonly kind: 'processed';
      readonly topic: WebhookTopic;
      readonly detail: Record<string, number | string>;
    }
  | { readonly kind: 'invalid'; readonly topic: string; readonly reason: string }
  /** A destructive topic whose body or shop state does not fit (a replayed or forged delivery). */
  | { readonly kind: 'refused'; readonly topic: string; readonly reason: string }
  /** Shop data for a shop that is not installed (any more): nothing stored. */
  | { readonly kind: 'skipped'; readonly topic: string; readonly reason: string }
  | { readonly kind: 'missing' };

type Payload = Record<string, unknown>;

/** Topics whose processing marks KPI days for a rollup. */
const MEASURED_TOPICS: ReadonlySet<WebhookTopic> = new Set([
  'checkouts/create',
  'checkouts/update',
  'orders/create',
  'orders/updated',
  'customers/redact',
]);
type Detail = Record<string, number | string>;

const billingDetail = (outcome: ChargeOutcome): string =>
  outcome.kind === 'recorded'
    ? outcome.record.state
    : outcome.kind === 'duplicate'
      ? 'duplicate'
      : outcome.reason;
type Handler = (shop: string, payload: Payload) => Promise<Detail | { invalid: string }>;

const sortedLines = (order: OrderWithLines): OrderWithLines => ({
  ...order,
  lines: [...order.lines].sort((a, b) => (a.lineId < b.lineId ? -1 : a.lineId > b.lineId ? 1 : 0)),
});

/**
 * Applies one persisted webhook to the store. Every handler is idempotent (upserts keyed by id, with the store
 * skipping payloads older than what it holds, so out-of-order and repeated deliveries converge), and the
 * delivery is marked processed only after its effect is stored. Destructive topics pass destructive-guard.ts
 * first; shop data is stored only while the shop is installed.
 */
export function createWebhookProcessor(deps: WebhookProcessorDeps) {
  const { stores, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const products = createProductHandlers(deps);
  const profiles = createCustomerProfiles({ stores, adminClient: deps.adminClient, now });
  const handlers: Readonly<Record<WebhookTopic, Handler>> = {
    'checkouts/create': recordCheckout,
    'checkouts/update': recordCheckout,
    'orders/create': upsertOrder,
    'orders/updated': upsertOrder,
    'products/create': (shop, payload) => products.upsertProduct(shop, payload, 'create'),
    'products/update': (shop, payload) => products.upsertProduct(shop, payload, 'update'),
    'products/delete': async (shop, payload) => {
      const productId = unwrap(mapProductDeletePayload(payload));
      if (typeof productId !== 'string') return productId;
      return { deleted: await stores.catalog.deleteProducts(shop, [productId]) };
    },
    'inventory_levels/update': products.refreshInventory,
    'app_subscriptions/update': (shop, payload) => subscriptionChanged(shop, payload),
    'app_subscriptions/approaching_capped_amount': (shop, payload) => subscriptionChanged(shop, payload),
    'app/uninstalled': async (shop) => {
      await stores.shops.markUninstalled(shop, now().toISOString());
      const sessions = await stores.sessions.findSessionsByShop(shop);
      await stores.sessions.deleteSessions(sessions.map((session) => session.id));
      const cancelled = await deps.queue.cancel(shop);
      return { sessionsDeleted: sessions.length, jobsCancelled: cancelled };
    },
    'customers/data_request': async (shop, payload) => {
      const customerHash = payloadCustomerHash(payload, deps.customerSecret);
      const customerId = (payload['customer'] as Payload | undefined)?.['id'];
      const requestId = (payload['data_request'] as Payload | undefined)?.['id'];
      if (!customerHash || customerId === undefined) return { invalid: 'customer.id is missing' };
      if (typeof requestId !== 'number' && typeof requestId !== 'string')
        return { invalid: 'data_request.id is missing' };
      const orders = await stores.orders.findByCustomerHash(shop, customerHash);
      const buyerProfile = await profiles.exportOf(shop, customerHash);
      // Kept for the merchant to download from the admin (Settings → Customer data requests) for 30 days.
      const { request, exported } = dataRequestExport({
        shop,
        requestId: String(requestId),
        customerId: String(customerId),
        receivedAt: (deps.now ?? (() => new Date()))(),
        orders,
        buyerProfile,
      });
      await stores.dataRequests.save(shop, request, exported);
      logger.info(
        { shop, privacy: 'customers/data_request', dataRequestId: request.id, orders: orders.length },
        'customer data export stored',
      );
      return { orders: orders.length };
    },
    'customers/redact': async (shop, payload) => {
      const customerHash = payloadCustomerHash(payload, deps.customerSecret);
      if (!customerHash) return { invalid: 'customer.id is missing' };
      // The days those orders counted on are rolled up again without them.
      const days = (await stores.orders.findByCustomerHash(shop, customerHash)).map((order) =>
        order.createdAt.slice(0, 10),
      );
      // The profile metafield goes first: its row (the owner's GID) goes with the customer's data below.
      const customerId = payloadCustomerGid(payload);
      const profilesDeleted = customerId ? await profiles.beforeRedact(shop, customerId, customerHash) : 0;
      const erased = await stores.deleteCustomerData(shop, customerHash);
      await stores.measurement.markDirty(shop, days);
      return {
        ordersDeleted: erased.orders,
        eventsDeleted: erased.events,
        deliveriesDeleted: erased.deliveries,
        profilesDeleted,
      };
    },
    'shop/redact': async (shop) => {
      await stores.deleteShopData(shop);
      return { redacted: shop };
    },
  };

  // create and update alike: an update is how a checkout whose create was lost first reaches us.
  async function recordCheckout(shop: string, payload: Payload) {
    const mapped = unwrap(mapCheckoutPayload(payload));
    if ('invalid' in mapped) return mapped;
    return recordCheckouts({ stores }, shop, [mapped]);
  }

  async function upsertOrder(shop: string, payload: Payload) {
    const mapped = unwrap(mapOrderPayload(payload, deps.customerSecret));
    if ('invalid' in mapped) return mapped;
    let order: OrderWithLines = mapped;
    let refetched = 0;
    // As for products: updated_at has whole seconds, so two edits within one second delivered out of order tie;
    // with different content neither is newer by it, and Shopify is asked for the order as it is now.
    const stored = await stores.orders.getOrder(shop, order.id);
    if (
      stored &&
      stored.updatedAt === order.updatedAt &&
      !isDeepStrictEqual(sortedLines(stored), sortedLines(order))
    ) {
      const current = await fetchCurrentOrder(await deps.adminClient(shop), order.id, {
        shopCurrency: order.currency,
        customerHashKey: deps.customerSecret,
      });
      if (!current) return { invalid: `order ${order.id} could not be read back after a tied update` };
      order = current;
      refetched = 1;
    }
    const result = await stores.orders.upsertOrders(shop, [order]);
    // Before attribution, so the order takes its checkout's arm; a checkout already reported keeps its record.
    const reported = checkoutOfOrder(order);
    if (reported) await recordCheckouts({ stores }, shop, [reported]);
    // A stale payload changed nothing; the newer stored order was attributed when it arrived. Its usage record is
    // still asked for: a try that stored the order and then failed must not leave it uncharged (charging is keyed).
    if (result.written === 0) {
      const billed = await deps.billing.chargeOrder(shop, order.id);
      return { written: result.written, stale: result.stale, refetched, billing: billingDetail(billed) };
    }
    // Attribution (and the refunds that reduce it) follows every stored create and update; only the payload
    // itemises refunded lines, so they are read from it here.
    const refunds = new Map([[order.id, refundedQuantities(payload)]]);
    const attribution = await attributeOrders({ stores }, shop, [order], { refundedQuantities: refunds });
    if (attribution.problems.length > 0)
      logger.warn(
        { shop, orderId: order.id, problems: attribution.problems },
        'order lines not (fully) attributed',
      );
    const billed = await deps.billing.chargeOrder(shop, order.id);
    const customerId = payloadCustomerGid(payload);
    const profile =
      customerId && order.customerHash
        ? await profiles.afterOrder(shop, customerId, order.customerHash)
        : 'none';
    return {
      profile,
      written: result.written,
      stale: result.stale,
      refetched,
      billing: billingDetail(billed),
      attributedLines: attribution.attributedLines,
      attributedMinor: attribution.attributedMinor,
    };
  }

  async function subscriptionChanged(shop: string, payload: Payload) {
    const id = (payload['app_subscription'] as Payload | undefined)?.['admin_graphql_api_id'];
    if (typeof id !== 'string' || !/^gid:\/\/shopify\/AppSubscription\/\d+$/.test(id))
      return { invalid: 'app_subscription.admin_graphql_api_id is missing or not an AppSubscription id' };
    const changed = await deps.billing.subscriptionChanged(shop, id);
    if (changed.retried > 0)
      logger.info(
        { shop, subscription: id, charged: changed.retried },
        'refused usage charged after the cap changed',
      );
    return { subscription: id, status: changed.status, retried: changed.retried };
  }

  /** Why the delivery must not be applied in the shop's current state, or null to apply it. */
  async function gate(
    shop: string,
    topic: WebhookTopic,
    payload: Payload,
  ): Promise<Extract<ProcessOutcome, { kind: 'refused' | 'skipped' }> | null> {
    const record = await stores.shops.get(shop);
    const verdict = guardDestructive(topic, shop, payload, record);
    if (verdict.kind === 'refused') return { kind: 'refused', topic, reason: verdict.reason };
    if (!LIFECYCLE_TOPICS.has(topic) && record?.status !== 'installed')
      return { kind: 'skipped', topic, reason: 'the shop is not installed' };
    return null;
  }

  return async function processDelivery(shop: string, webhookId: string): Promise<ProcessOutcome> {
    const delivery = await stores.inbox.get(shop, webhookId);
    if (!delivery) return { kind: 'missing' };
    const { topic } = delivery;
    // A second job for one delivery (a sweep racing an admin retry) finds its work done.
    if (delivery.processedAt !== null) return { kind: 'skipped', topic, reason: 'already processed' };
    const payload = (
      typeof delivery.payload === 'object' && delivery.payload !== null && !Array.isArray(delivery.payload)
        ? delivery.payload
        : {}
    ) as Payload;
    if (!isWebhookTopic(topic)) {
      await stores.inbox.markProcessed(shop, webhookId);
      return { kind: 'invalid', topic, reason: `unknown topic ${topic}` };
    }
    const blocked = await gate(shop, topic, payload);
    if (blocked) {
      await stores.inbox.markProcessed(shop, webhookId);
      (blocked.kind === 'refused' ? logger.warn.bind(logger) : logger.info.bind(logger))(
        { shop, webhookId, topic, reason: blocked.reason },
        blocked.kind === 'refused' ? 'webhook refused: nothing deleted' : 'webhook skipped: nothing stored',
      );
      return blocked;
    }
    const result = await handlers[topic](shop, payload);
    // shop/redact and customers/redact may have erased the inbox row itself; nothing left to mark then.
    await stores.inbox.markProcessed(shop, webhookId);
    if (MEASURED_TOPICS.has(topic)) await deps.scheduleRollup?.(shop);
    if ('invalid' in result && typeof result.invalid === 'string') {
      logger.warn(
        { shop, webhookId, topic, reason: result.invalid },
        'webhook payload unreadable; nothing stored',
      );
      return { kind: 'invalid', topic, reason: result.invalid };
    }
    return { kind: 'processed', topic, detail: result as Detail };
  };
}
