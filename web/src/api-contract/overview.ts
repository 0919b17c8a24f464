import type { SyncRun } from '../domain/sync-run.js';

/** How far the shop's latest sync is, from Shopify's counts when it started. */
export interface SyncProgress {
  readonly run: SyncRun;
  /** 0–100; null when the totals are not known yet. */
  readonly percent: number | null;
}

/** GET /api/overview: what the store holds for the shop — the dashboard's facts that need no measurement. */
export interface OverviewResponse {
  readonly shop: string;
  readonly currencyCode: string | null;
  readonly installedAt: string | null;
  readonly products: number;
  readonly orders: number;
  /** Offer lists computed but not yet written to Shopify (checkout still shows the previous ones). */
  readonly pendingOfferLists: number;
  readonly rules: number;
  readonly sync: SyncProgress | null;
  /** The latest sync that finished successfully. */
  readonly lastSucceededAt: string | null;
}

/** A webhook whose processing failed on every try (dead letter): what the Sync page lists, never its payload. */
export interface DeadWebhook {
  readonly webhookId: string;
  readonly topic: string;
  readonly receivedAt: string;
  readonly deadAt: string;
  readonly failures: number;
  /** The last try's error (class and message). */
  readonly lastError: string | null;
}

/** GET /api/sync. POST /api/sync/webhooks/:webhookId/retry queues a dead webhook again (202; 404 if not dead). */
export interface SyncRunsResponse {
  readonly runs: readonly SyncRun[];
  readonly deadWebhooks: readonly DeadWebhook[];
}
