import express, { Router } from 'express';
import type { JsonValue } from '../domain/json.js';
import { NotFoundError, UnauthorizedError, ValidationError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { WebhookInbox } from '../store/ports/webhook-inbox.js';
import type { TandemQueue } from '../tasks/types.js';
import { isWebhookTopic } from './topics.js';
import { verifyWebhook } from './verify-webhook.js';

export interface WebhookRouteDeps {
  /** The app's client secret: Shopify signs each delivery with it. */
  readonly apiSecret: string;
  readonly inbox: WebhookInbox;
  readonly queue: Pick<TandemQueue, 'enqueue'>;
  readonly logger: Logger;
  readonly now: () => Date;
}

/** Shopify's largest webhook payloads (orders with many lines) stay well below this. */
const BODY_LIMIT = '2mb';

/**
 * POST /webhooks: verify the HMAC over the raw bytes (verify-webhook.ts), persist the delivery once per
 * X-Shopify-Event-Id, then answer 200 and process it from the job queue. Persist-then-ack means a crash after
 * the 200 loses nothing, and Shopify's retries of an unacknowledged delivery are deduplicated by the inbox.
 * Mounted before express.json() so the body is still raw.
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
        payload = JSON.parse(rawBody.toString('utf8')) as JsonValue;
      } catch {
        throw new ValidationError(`Webhook ${topic} body is not valid JSON`);
      }
      const shop = check.domain;
      const eventId = check.eventId ?? check.webhookId;
      const receivedAt = deps.now().toISOString();
      const recorded = await deps.inbox.record(shop, {
        eventId,
        topic,
        triggeredAt: check.triggeredAt ?? receivedAt,
        payload,
        receivedAt,
      });
      if (recorded.kind === 'new') {
        // The delivery is durable now; if the queue is down the outbox sweep enqueues it later, so still ack.
        await deps.queue
          .enqueue(
            'webhook',
            { shop, eventId },
            { idempotencyKey: `webhook:${shop}:${eventId}`, serialKey: shop },
          )
          .catch((error: unknown) =>
            deps.logger.warn(
              { shop, topic, eventId, err: error },
              'webhook persisted, enqueue deferred to the outbox sweep',
            ),
          );
      } else {
        deps.logger.info({ shop, topic, eventId }, 'duplicate webhook delivery ignored');
      }
      res.status(200).json({ received: true, duplicate: recorded.kind === 'duplicate' });
    } catch (error) {
      next(error);
    }
  });
  return router;
}
