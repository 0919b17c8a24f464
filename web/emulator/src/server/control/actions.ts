import { randomInt } from 'node:crypto';
import type { z } from 'zod';
import {
  customersDataRequestPayload,
  customersRedactPayload,
  shopRedactPayload,
} from '../../webhooks/payloads/privacy.js';
import { shopPayload } from '../../webhooks/payloads/shop.js';
import type { DeliveryRecord } from '../../webhooks/types.js';
import type { Runtime } from '../runtime.js';
import type { privacySchema } from './schemas.js';

/** Outcomes of control actions that can fail for a reason the caller should see. */
export type ActionResult<T> =
  { kind: 'ok'; value: T } | { kind: 'not-found'; message: string } | { kind: 'conflict'; message: string };

const webhookIds = (records: readonly DeliveryRecord[]) => records.map((record) => record.webhookId);

/** Installs the app (as a merchant would) and returns its non-expiring offline token. */
export function installApp(
  runtime: Runtime,
  shop: string,
  clientId: string,
): ActionResult<{ accessToken: string; scope: string }> {
  const app = runtime.auth.apps.get(clientId);
  if (!app) return { kind: 'not-found', message: `Unknown app clientId ${clientId}` };
  runtime.auth.credentials.install(shop, clientId, app.scopes);
  const { grant } = runtime.auth.credentials.issueOffline(shop, clientId, app.scopes, false);
  return { kind: 'ok', value: { accessToken: grant.token, scope: grant.scopes.join(',') } };
}

/** Uninstall revokes the app's tokens, then sends it app/uninstalled. */
export function uninstallApp(
  runtime: Runtime,
  shop: string,
  clientId: string,
): ActionResult<{ deliveries: string[] }> {
  const seed = runtime.shops.get(shop);
  if (!runtime.auth.apps.has(clientId))
    return { kind: 'not-found', message: `Unknown app clientId ${clientId}` };
  if (!seed) return { kind: 'not-found', message: `Unknown shop ${shop}` };
  if (!runtime.auth.credentials.uninstall(shop, clientId)) {
    return { kind: 'conflict', message: `App ${clientId} is not installed on ${shop}` };
  }
  return {
    kind: 'ok',
    value: {
      deliveries: webhookIds(runtime.emit(shop, 'app/uninstalled', shopPayload(seed.shop), clientId)),
    },
  };
}

/**
 * Sends a compliance webhook to one app or to every app (installed or not: shop/redact arrives 48 h
 * after uninstall). Without `orderIds`, the customer's orders are those of the seed plus the orders
 * created through the control API.
 */
export function triggerPrivacy(
  runtime: Runtime,
  input: z.output<typeof privacySchema>,
): ActionResult<{ deliveries: string[] }> {
  const seed = runtime.shops.get(input.shop);
  if (!seed) return { kind: 'not-found', message: `Unknown shop ${input.shop}` };
  let payload: Record<string, unknown>;
  if (input.topic === 'shop/redact') {
    payload = shopRedactPayload(seed.shop);
  } else {
    const customer = seed.customers.find((candidate) => candidate.id === input.customerId);
    if (!customer)
      return { kind: 'not-found', message: `Unknown customer ${input.customerId} in ${input.shop}` };
    const orderIds = input.orderIds ?? [
      ...seed.orders.filter((order) => order.customerId === customer.id).map((order) => order.id),
      ...(runtime.createdOrders.get(input.shop) ?? [])
        .filter((order) => order.customerId === customer.id)
        .map((order) => order.id),
    ];
    const subject = { id: customer.id, email: customer.email, phone: null };
    payload =
      input.topic === 'customers/redact'
        ? customersRedactPayload(seed.shop, subject, orderIds)
        : customersDataRequestPayload(seed.shop, subject, orderIds, randomInt(1, 2 ** 31));
  }
  const clientIds = input.clientId === undefined ? [...runtime.auth.apps.keys()] : [input.clientId];
  if (clientIds.some((id) => !runtime.auth.apps.has(id)))
    return { kind: 'not-found', message: `Unknown app clientId ${input.clientId}` };
  return {
    kind: 'ok',
    value: {
      deliveries: clientIds.flatMap((id) => webhookIds(runtime.emit(input.shop, input.topic, payload, id))),
    },
  };
}
