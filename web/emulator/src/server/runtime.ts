import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import { createAuthContext, type AuthContext } from '../auth/auth-context.js';
import { DEFAULT_TOKEN_POLICY } from '../auth/credential-store.js';
import type { EmulatedApp } from '../auth/types.js';
import type { EmulatorEngine } from '../engine/index.js';
import { FaultBook } from '../faults/fault-book.js';
import { seededRandom } from '../faults/random.js';
import type { ShopSeed } from '../state/types.js';
import {
  DEFAULT_RETRY_BASE_DELAY_MS,
  SHOPIFY_WEBHOOK_RETRIES,
  SHOPIFY_WEBHOOK_TIMEOUT_MS,
} from '../webhooks/backoff.js';
import { DeliveryLog } from '../webhooks/delivery-log.js';
import { WebhookDispatcher } from '../webhooks/dispatcher.js';
import { WebhookSender } from '../webhooks/sender.js';
import type { DeliveryRecord, WebhookTarget } from '../webhooks/types.js';
import { DEFAULT_MAX_BODY_BYTES } from './body.js';
import type { EmulatorOptions } from './types.js';

/** The emulator's services, shared by the HTTP routes and the control API. */
export interface Runtime {
  readonly engine: EmulatorEngine;
  readonly auth: AuthContext;
  readonly faults: FaultBook;
  readonly deliveries: DeliveryLog;
  readonly dispatcher: WebhookDispatcher;
  readonly shops: ReadonlyMap<string, ShopSeed>;
  /** Orders created through the control API, by shop, so privacy webhooks can list a customer's orders. */
  readonly createdOrders: Map<string, { id: string; customerId: string | null }[]>;
  /** Connections held open by `timeout` faults; destroyed on close. */
  readonly hanging: Set<Socket>;
  readonly clock: () => number;
  readonly maxBodyBytes: number;
  /** Queues a webhook event; `clientId` limits it to one app. */
  emit(
    shop: string,
    topic: string,
    payload: Readonly<Record<string, unknown>>,
    clientId?: string,
    /** Shared by every event of one action (X-Shopify-Event-Id); a fresh one when not given. */
    eventId?: string,
  ): DeliveryRecord[];
  close(): void;
}

export function createRuntime(
  options: EmulatorOptions,
  engine: EmulatorEngine,
  apps: readonly EmulatedApp[],
  subscriptions: (shop: string, clientId: string, topic: string) => readonly WebhookTarget[],
): Runtime {
  const clock = options.clock ?? Date.now;
  const auth = createAuthContext({
    apps,
    shops: options.shops.map((seed) => seed.shop),
    clock,
    preinstall: options.preinstall ?? true,
    tokenPolicy: {
      offlineTtlS: options.tokens?.offlineTtlS ?? DEFAULT_TOKEN_POLICY.offlineTtlS,
      refreshTtlS: options.tokens?.refreshTtlS ?? DEFAULT_TOKEN_POLICY.refreshTtlS,
      nonExpiringCutoff:
        options.tokens?.nonExpiringCutoff === undefined
          ? undefined
          : Date.parse(options.tokens.nonExpiringCutoff),
    },
  });
  const faults = new FaultBook(seededRandom(options.faultSeed ?? 1));
  const deliveries = new DeliveryLog();
  const sender = new WebhookSender({
    retries: options.webhookRetry?.retries ?? SHOPIFY_WEBHOOK_RETRIES,
    baseDelayMs: options.webhookRetry?.baseDelayMs ?? DEFAULT_RETRY_BASE_DELAY_MS,
    timeoutMs: options.webhookRetry?.timeoutMs ?? SHOPIFY_WEBHOOK_TIMEOUT_MS,
    clock,
    secretOf: (clientId) => auth.apps.get(clientId)?.clientSecret ?? '',
  });
  const dispatcher = new WebhookDispatcher({
    apps: auth.apps,
    isInstalled: (shop, clientId) => auth.credentials.installedScopes(shop, clientId) !== undefined,
    subscriptions,
    faults,
    sender,
    log: deliveries,
  });
  const emit: Runtime['emit'] = (shop, topic, payload, clientId, eventId) =>
    dispatcher.dispatch({
      eventId: eventId ?? randomUUID(),
      shop,
      topic,
      payload,
      triggeredAt: new Date(clock()).toISOString(),
      clientId: clientId ?? null,
    });
  const hanging = new Set<Socket>();
  return {
    engine,
    auth,
    faults,
    deliveries,
    dispatcher,
    shops: new Map(options.shops.map((seed) => [seed.shop.domain, seed])),
    createdOrders: new Map(),
    hanging,
    clock,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    emit,
    close: () => {
      sender.close();
      for (const socket of hanging) socket.destroy();
      hanging.clear();
    },
  };
}
