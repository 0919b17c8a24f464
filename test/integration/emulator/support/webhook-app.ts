// The app side of webhook tests: an express endpoint that validates each delivery with shopify-api.
import type { Shopify, WebhookValidation } from '@shopify/shopify-api';
import express from 'express';
import type { AddressInfo } from 'node:net';

export interface ValidatedDelivery {
  readonly validation: WebhookValidation;
  readonly rawBody: string;
  readonly eventId: string | undefined;
  readonly webhookId: string | undefined;
}

export interface WebhookApp {
  readonly url: string;
  readonly received: ValidatedDelivery[];
  close(): Promise<void>;
}

/** Raw body before any JSON parsing, then `shopify.webhooks.validate`, as the app itself must do it. */
export async function startWebhookApp(shopify: Shopify): Promise<WebhookApp> {
  const received: ValidatedDelivery[] = [];
  const app = express();
  app.post('/webhooks', express.raw({ type: '*/*' }), async (req, res) => {
    const rawBody = (req.body as Buffer).toString('utf8');
    const validation = await shopify.webhooks.validate({ rawBody, rawRequest: req, rawResponse: res });
    received.push({
      validation,
      rawBody,
      eventId: req.get('X-Shopify-Event-Id'),
      webhookId: req.get('X-Shopify-Webhook-Id'),
    });
    res.status(validation.valid ? 200 : 401).end();
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
