import { retryDelayMs } from './backoff.js';
import { signWebhookBody } from './sign.js';
import type { DeliveryRecord } from './types.js';

export interface SenderOptions {
  /** Retries after the first attempt (Shopify: 8). */
  readonly retries: number;
  readonly baseDelayMs: number;
  readonly timeoutMs: number;
  readonly clock: () => number;
  readonly secretOf: (clientId: string) => string;
}

/**
 * POSTs deliveries to their URI with Shopify's headers; a non-2xx answer (redirects included), a
 * network error or no answer within the timeout counts as a failure and is retried with backoff,
 * keeping the same webhook id, event id and body.
 */
export class WebhookSender {
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<AbortController>();
  private closed = false;

  constructor(private readonly options: SenderOptions) {}

  /** Starts delivering; the promise settles when the first attempt has finished (retries continue after). */
  send(record: DeliveryRecord): Promise<void> {
    return this.attempt(record, 1);
  }

  /** Cancels scheduled retries and aborts requests in flight. */
  close(): void {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const controller of this.inFlight) controller.abort();
  }

  private async attempt(record: DeliveryRecord, attempt: number): Promise<void> {
    if (this.closed) return;
    const controller = new AbortController();
    this.inFlight.add(controller);
    const timeout = setTimeout(
      () => controller.abort(new Error(`no response within ${this.options.timeoutMs} ms`)),
      this.options.timeoutMs,
    );
    const at = new Date(this.options.clock()).toISOString();
    const started = performance.now();
    let status: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(record.uri, {
        method: 'POST',
        headers: this.headers(record),
        body: record.body,
        redirect: 'manual',
        signal: controller.signal,
      });
      status = response.status;
      await response.arrayBuffer().catch(() => undefined);
    } catch (caught) {
      const reason: unknown = controller.signal.aborted ? controller.signal.reason : caught;
      error = reason instanceof Error ? reason.message : String(reason);
    } finally {
      clearTimeout(timeout);
      this.inFlight.delete(controller);
    }
    if (this.closed) return;
    record.attempts.push({ attempt, at, status, error, durationMs: Math.round(performance.now() - started) });
    if (status !== null && status >= 200 && status < 300) {
      record.state = 'delivered';
      return;
    }
    if (attempt > this.options.retries) {
      record.state = 'failed';
      return;
    }
    const timer = setTimeout(
      () => {
        this.timers.delete(timer);
        void this.attempt(record, attempt + 1);
      },
      retryDelayMs(attempt, this.options.baseDelayMs),
    );
    this.timers.add(timer);
  }

  private headers(record: DeliveryRecord): Record<string, string> {
    return {
      'Content-Type': 'application/json',
      'User-Agent': 'Shopify-Captain-Hook',
      'X-Shopify-Topic': record.topic,
      'X-Shopify-Hmac-Sha256': signWebhookBody(record.body, this.options.secretOf(record.clientId)),
      'X-Shopify-Shop-Domain': record.shop,
      'X-Shopify-API-Version': record.apiVersion,
      'X-Shopify-Webhook-Id': record.webhookId,
      'X-Shopify-Event-Id': record.eventId,
      'X-Shopify-Triggered-At': record.triggeredAt,
    };
  }
}
