import express, { Router } from 'express';
import type { JsonValue } from '../domain/json.js';
import { NotFoundError, UnauthorizedError, ValidationError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { ShopStore } from '../store/ports/shop-store.js';
import type { WebhookInbox } from '../store/ports/webhook-inbox.js';
import type { TandemQueue } from '../jobs/types.js';
import { parseJsonLossless } from './lossless-json.js';
import { payloadCustomerHash } from './payload-mappers.js';
import { isWebhookTopic, LIFECYCLE_TOPICS, WEBHOOK_MAX_TRIES, type WebhookTopic } from './topics.js';
import { verifyWebhook } from './verify-webhook.js';

export interface WebhookRouteDeps {
  /** The app's client secret: Shopify signs each delivery with it. */
  readonly apiSecret: string;
  /** Keys the one-way customer hash kept beside a payload (so customers/redact can find it). */
  readonly customerSecret: string;
  readonly inbox: WebhookInbox;
  readonly shops: Pick<ShopStore, 'get'>;
  readonly queue: Pick<TandemQueue, 'enqueue'>;
  readonly logger: Logger;
  readonly now: () => Date;
}

/** Shopify's largest webhook payloads (orders with many lines) stay well below this. */
const BODY_LIMIT = '2mb';

/**
 * Enqueues the processing of a recorded delivery (also used by the outbox sweep and the admin's retry). `round`
 * names a fresh set of tries (the admin's retry): the first set's key may still dedupe for a while after it ended.
 */
export function enqueueWebhook(
  queue: Pick<TandemQueue, 'enqueue'>,
  shop: string,
  webhookId: string,
  topic: string,
  round?: string,
) {
  const key = `webhook:${shop}:${webhookId}${round === undefined ? '' : `:${round}`}`;
  return queue.enqueue(
    'webhook',
    { shop, webhookId, topic },
    { idempotencyKey: key, serialKey: shop, attempts: WEBHOOK_MAX_TRIES },
  );
}

/**
 * POST /webhooks: verify the HMAC over the raw bytes (verify-webhook.ts), persist the delivery once per
 * X-Shopify-Webhook-Id, then answer 200 and process it from the job queue. Persist-then-ack means a crash after
 * the 200 loses nothing, and Shopify's retries of an unacknowledged delivery (same Webhook-Id) are deduplicated
 * by the inbox. Deliveries for a shop that is not installed are acknowledged and not stored (privacy topics are
 * kept for a shop we still know). Mounted before express.json() so the body is still raw.
 */
export function webhookRoute(deps: WebhookRouteDeps): Router {
  const router = Router();
  router.post('/webhooks', express.raw({ type: () => true, limit: BODY_LIMIT }), async (req, res, next) => {
    try {
      const rawBody = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const check = verifyWebhook(rawBody, (name) => req.get(name), deps.apiSecret);
      if (!check.valid)
        throw new UnauthorizedError(
          `Webhook rejected: ${check.reason === 'missing_headers' ? `missing ${check.missing.join(', ')}` : 'invalid HMAC'}`,
        );
      const topic = check.topic;
      if (!isWebhookTopic(topic)) throw new NotFoundError(`No handler for webhook topic ${topic}`);
      let payload: JsonValue;
      try {
        payload = parseJsonLossless(rawBody.toString('utf8'));
      } catch {
        throw new ValidationError(`Webhook ${topic} body is not valid JSON`);
      }
      const shop = check.domain;
      const { webhookId } = check;
      if (!(await accepts(shop, topic))) {
        deps.logger.info({ shop, topic, webhookId }, 'webhook for a shop that is not installed: not stored');
        res.status(200).json({ received: true, stored: false });
        return;
      }
      const receivedAt = deps.now().toISOString();
      const recorded = await deps.inbox.record(shop, {
        webhookId,
        eventId: check.eventId ?? null,
        topic,
        triggeredAt: check.triggeredAt ?? receivedAt,
        payload,
        receivedAt,
        customerHash: payloadCustomerHash(payload, deps.customerSecret),
      });
      if (recorded.kind === 'new') {
        // The delivery is durable now; if the queue is down the outbox sweep enqueues it later, so still ack.
        await enqueueWebhook(deps.queue, shop, webhookId, topic).catch((error: unknown) =>
          deps.logger.warn(
            { shop, topic, webhookId, err: error },
            'webhook persisted, enqueue deferred to the outbox sweep',
          ),
        );
      } else {
        deps.logger.info({ shop, topic, webhookId }, 'duplicate webhook delivery ignored');
      }
      res.status(200).json({ received: true, duplicate: recorded.kind === 'duplicate' });
    } catch (error) {
      next(error);
    }
  });

  async function accepts(shop: string, topic: WebhookTopic): Promise<boolean> {
    const record = await deps.shops.get(shop);
    if (record === undefined) return false;
    return record.status === 'installed' || LIFECYCLE_TOPICS.has(topic);
  }
  return router;
}
