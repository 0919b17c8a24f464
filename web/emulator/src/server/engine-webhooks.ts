import type { EmulatorEngine } from '../engine/index.js';
import type { WebhookTarget } from '../webhooks/types.js';
import { randomUUID } from 'node:crypto';
import type { Runtime } from './runtime.js';

/**
 * Connects the engine to webhook delivery: its change events (payloads already in Shopify's REST
 * webhook shape) become webhook events, and its stored subscriptions (webhookSubscriptionCreate) are the
 * delivery targets of the app the engine serves. Only JSON subscriptions are honoured.
 */
export function engineWebhooks(engine: EmulatorEngine, engineClientId: string) {
  return {
    subscriptions(shop: string, clientId: string, topic: string): readonly WebhookTarget[] {
      if (clientId !== engineClientId || !engine.hasShop(shop)) return [];
      return engine
        .webhookSubscriptions(shop)
        .filter((subscription) => subscription.topic === topic && subscription.format === 'JSON')
        .map((subscription) => ({ uri: subscription.uri, includeFields: subscription.includeFields }));
    },
    /** Starts forwarding change events; returns the unsubscribe function. */
    forward(runtime: Runtime): () => void {
      const eventIds = new ActionEventIds();
      return engine.onChange((event) => {
        runtime.emit(event.domain, event.topic, event.payload, undefined, eventIds.of(event.action));
      });
    },
  };
}

/** One X-Shopify-Event-Id per action (kept for the last few actions: their events are emitted together). */
class ActionEventIds {
  private readonly ids = new Map<string, string>();

  of(action: string | undefined): string | undefined {
    if (action === undefined) return undefined;
    let id = this.ids.get(action);
    if (id === undefined) {
      id = randomUUID();
      this.ids.set(action, id);
      if (this.ids.size > 1_000) this.ids.delete(this.ids.keys().next().value as string);
    }
    return id;
  }
}
