import type { Logger } from '../logger.js';
import type { ShopStore } from '../store/ports/shop-store.js';
import type { WebhookInbox } from '../store/ports/webhook-inbox.js';

/**
 * Processed deliveries are kept this long to recognise Shopify's redeliveries (it retries for hours, and a
 * merchant may replay from the Partner dashboard), then deleted: their payloads hold buyer data we don't keep.
 */
export const INBOX_RETENTION_MS = 7 * 86_400_000;

/** Deletes every shop's processed deliveries older than the retention; returns how many went. */
export async function purgeWebhookInbox(deps: {
  readonly shops: Pick<ShopStore, 'list'>;
  readonly inbox: Pick<WebhookInbox, 'purgeProcessed'>;
  readonly logger: Logger;
  readonly now: () => Date;
}): Promise<number> {
  const before = new Date(deps.now().getTime() - INBOX_RETENTION_MS).toISOString();
  let purged = 0;
  // Uninstalled shops too: their deliveries must go even if shop/redact never comes.
  for (const shop of await deps.shops.list()) purged += await deps.inbox.purgeProcessed(shop.domain, before);
  if (purged > 0) deps.logger.info({ purged, before }, 'webhook inbox: purged processed deliveries');
  return purged;
}
