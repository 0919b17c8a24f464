import { randomUUID } from 'node:crypto';
import type { EmulatedApp } from '../auth/types.js';
import type { FaultBook } from '../faults/fault-book.js';
import type { DeliveryLog } from './delivery-log.js';
import type { WebhookSender } from './sender.js';
import { isComplianceTopic, type DeliveryRecord, type WebhookEvent, type WebhookTarget } from './types.js';

export interface DispatcherOptions {
  readonly apps: ReadonlyMap<string, EmulatedApp>;
  readonly isInstalled: (shop: string, clientId: string) => boolean;
  /** Targets the app registered for this topic through the Admin API (webhookSubscriptionCreate). */
  readonly subscriptions: (shop: string, clientId: string, topic: string) => readonly WebhookTarget[];
  readonly faults: FaultBook;
  readonly sender: WebhookSender;
  readonly log: DeliveryLog;
}

interface HeldBatch {
  readonly shop: string | undefined;
  readonly topic: string | undefined;
  readonly size: number;
  readonly records: DeliveryRecord[];
}

/**
 * Fans an event out to every installed app's targets (API subscriptions first, else the app's configured
 * URI for the topics its config subscribes; compliance topics only to the configured URI, as Shopify
 * does), then applies webhook faults (drop, duplicate, reorder) before handing deliveries to the sender.
 */
export class WebhookDispatcher {
  private held: HeldBatch | null = null;

  constructor(private readonly options: DispatcherOptions) {}

  dispatch(event: WebhookEvent): DeliveryRecord[] {
    const apps =
      event.clientId === null ? [...this.options.apps.values()] : [this.options.apps.get(event.clientId)];
    const records: DeliveryRecord[] = [];
    for (const app of apps) {
      if (!app || (event.clientId === null && !this.options.isInstalled(event.shop, app.clientId))) continue;
      for (const { uri, includeFields } of this.targets(app, event)) {
        const record: DeliveryRecord = {
          webhookId: randomUUID(),
          eventId: event.eventId,
          topic: event.topic,
          shop: event.shop,
          clientId: app.clientId,
          uri,
          apiVersion: app.webhookApiVersion,
          triggeredAt: event.triggeredAt,
          body: JSON.stringify(includeFields.length > 0 ? pick(event.payload, includeFields) : event.payload),
          copy: 1,
          state: 'pending',
          attempts: [],
        };
        this.options.log.add(record);
        records.push(record);
        this.route(record);
      }
    }
    return records;
  }

  /** Sends any deliveries held for reordering, in their original order (used when faults are reset). */
  releaseHeld(): void {
    const held = this.held;
    this.held = null;
    void this.sendInSequence(held?.records ?? []);
  }

  private targets(app: EmulatedApp, event: WebhookEvent): readonly WebhookTarget[] {
    const configured = app.webhookUri === null ? [] : [{ uri: app.webhookUri, includeFields: [] }];
    if (isComplianceTopic(event.topic)) return configured;
    const subscribed = this.options.subscriptions(event.shop, app.clientId, event.topic);
    if (subscribed.length > 0) return subscribed;
    return app.webhookTopics.includes(event.topic) ? configured : [];
  }

  private route(record: DeliveryRecord): void {
    const occurrence = { shop: record.shop, topic: record.topic };
    const held = this.held;
    if (
      held &&
      (held.shop === undefined || held.shop === record.shop) &&
      (held.topic === undefined || held.topic === record.topic)
    ) {
      this.hold(held, record);
      return;
    }
    const fault = this.options.faults.take(
      ['drop-webhook', 'duplicate-webhook', 'reorder-webhooks'],
      occurrence,
    );
    if (fault?.kind === 'drop-webhook') {
      record.state = 'dropped';
    } else if (fault?.kind === 'reorder-webhooks') {
      this.held = { shop: fault.shop, topic: fault.topic, size: Math.max(2, fault.batch), records: [] };
      this.hold(this.held, record);
    } else if (fault?.kind === 'duplicate-webhook') {
      // Shopify may deliver the same webhook more than once; the copy carries identical ids and body.
      const copy: DeliveryRecord = { ...record, copy: 2, attempts: [] };
      this.options.log.add(copy);
      void this.sendInSequence([record, copy]);
    } else {
      void this.send(record);
    }
  }

  private hold(batch: HeldBatch, record: DeliveryRecord): void {
    record.state = 'held';
    batch.records.push(record);
    if (batch.records.length < batch.size) return;
    this.held = null;
    void this.sendInSequence([...batch.records].reverse());
  }

  /** One after the other, so the receiver sees them in exactly this order. */
  private async sendInSequence(records: readonly DeliveryRecord[]): Promise<void> {
    for (const record of records) await this.send(record);
  }

  private send(record: DeliveryRecord): Promise<void> {
    record.state = 'pending';
    return this.options.sender.send(record);
  }
}

/** `includeFields` of a subscription: Shopify sends only those top-level fields of the payload. */
function pick(
  payload: Readonly<Record<string, unknown>>,
  fields: readonly string[],
): Record<string, unknown> {
  return Object.fromEntries(
    fields.filter((field) => field in payload).map((field) => [field, payload[field]]),
  );
}
