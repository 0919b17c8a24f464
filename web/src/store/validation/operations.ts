import type { JsonValue } from '../../domain/json.js';
import {
  SYNC_KINDS,
  SYNC_PATHS,
  SYNC_STATUSES,
  type SyncKind,
  type SyncPath,
  type SyncRunError,
  type SyncStatus,
} from '../../domain/sync-run.js';
import type { NewWebhookDelivery } from '../../domain/webhook.js';
import { validate } from './validate.js';

export interface NewSyncRun {
  readonly kind: SyncKind;
  readonly path: SyncPath;
}

/** Progress of a run. Fields left out keep their value; `errors` replaces the list. */
export interface SyncRunPatch {
  readonly status?: SyncStatus;
  readonly path?: SyncPath;
  readonly cursor?: JsonValue | null;
  readonly counts?: Readonly<Record<string, number>>;
  readonly costSpent?: number;
  readonly errors?: readonly SyncRunError[];
}

export function validateNewSyncRun(run: NewSyncRun): NewSyncRun {
  return validate('sync run', (check) => ({
    kind: check.oneOf('kind', run.kind, SYNC_KINDS),
    path: check.oneOf('path', run.path, SYNC_PATHS),
  }));
}

export function validateSyncRunPatch(patch: SyncRunPatch): SyncRunPatch {
  return validate('sync run update', (check) => {
    const clean: { -readonly [K in keyof SyncRunPatch]: SyncRunPatch[K] } = {};
    if (patch.status !== undefined) clean.status = check.oneOf('status', patch.status, SYNC_STATUSES);
    if (patch.path !== undefined) clean.path = check.oneOf('path', patch.path, SYNC_PATHS);
    if (patch.cursor !== undefined) clean.cursor = check.json('cursor', patch.cursor);
    if (patch.costSpent !== undefined) clean.costSpent = check.int('costSpent', patch.costSpent, { min: 0 });
    if (patch.counts !== undefined) {
      const counts: Record<string, number> = {};
      for (const [key, count] of Object.entries(patch.counts ?? {}))
        counts[key] = check.int(`counts.${key}`, count, { min: 0 });
      if (typeof patch.counts !== 'object' || patch.counts === null)
        check.fail('counts', 'must be an object of name → count');
      clean.counts = counts;
    }
    if (patch.errors !== undefined) {
      clean.errors = check.array('errors', patch.errors, (item, path) => {
        const value = (item ?? {}) as SyncRunError;
        return {
          resourceId: check.nullableString(`${path}.resourceId`, value.resourceId ?? null, { max: 255 }),
          message: check.string(`${path}.message`, value.message, { max: 2_000 }),
        };
      });
    }
    return clean;
  });
}

export function validateDelivery(delivery: NewWebhookDelivery): NewWebhookDelivery {
  return validate('webhook delivery', (check) => ({
    webhookId: check.string('webhookId', delivery.webhookId, { max: 255 }),
    eventId: check.nullableString('eventId', delivery.eventId ?? null, { max: 255 }),
    customerHash: check.nullableString('customerHash', delivery.customerHash ?? null, { max: 64 }),
    topic: check.matches('topic', delivery.topic, /^[a-z_]+\/[a-z_]+$/, 'a topic like "orders/create"'),
    triggeredAt: check.timestamp('triggeredAt', delivery.triggeredAt),
    payload: check.json('payload', delivery.payload),
    receivedAt: check.timestamp('receivedAt', delivery.receivedAt),
  }));
}

export interface InstallInput {
  readonly scopes: readonly string[];
  readonly at: string;
}

export function validateInstall(input: InstallInput): InstallInput {
  return validate('install', (check) => ({
    scopes: check.stringArray('scopes', input.scopes, 100),
    at: check.timestamp('at', input.at),
  }));
}

/** Shopify's numeric shop id, as digits (ids may exceed 2^53, so never a number). */
export function validateShopId(shopId: string): string {
  return validate('shop', (check) => check.matches('shopId', shopId, /^[1-9]\d{0,19}$/, 'a numeric shop id'));
}

export function validateTimestamp(subject: string, field: string, value: string): string {
  return validate(subject, (check) => check.timestamp(field, value));
}
