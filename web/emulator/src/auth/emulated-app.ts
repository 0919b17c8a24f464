import { LATEST_API_VERSION } from '../engine/api-versions.js';
import { createHash } from 'node:crypto';
import type { EmulatorAppOptions } from '../server/types.js';
import { WEBHOOK_TOPICS } from '../webhooks/types.js';
import type { EmulatedApp } from './types.js';

export const DEFAULT_WEBHOOK_API_VERSION = LATEST_API_VERSION;

/** Fills an app's defaults; a missing appId is derived from the client id so it stays stable. */
export function toEmulatedApp(options: EmulatorAppOptions): EmulatedApp {
  const derivedId = String(
    parseInt(createHash('sha256').update(options.clientId).digest('hex').slice(0, 10), 16),
  );
  return {
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    appId: options.appId ?? derivedId,
    scopes: [...options.scopes],
    webhookUri: options.webhookUri ?? null,
    webhookTopics: [...(options.webhookTopics ?? WEBHOOK_TOPICS)],
    webhookApiVersion: options.webhookApiVersion ?? DEFAULT_WEBHOOK_API_VERSION,
    redirectUrls: [...(options.redirectUrls ?? [])],
  };
}
