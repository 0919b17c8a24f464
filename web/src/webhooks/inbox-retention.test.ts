import { Writable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { createLogger } from '../logger.js';
import { createMemoryStores } from '../store/index.js';
import { INBOX_RETENTION_MS, purgeWebhookInbox } from './inbox-retention.js';

const quiet = createLogger({ logLevel: 'silent' }, new Writable({ write: (_c, _e, done) => done() }));
const NOW = new Date('2026-11-23T12:00:00.000Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();

describe('purgeWebhookInbox', () => {
  it('deletes processed deliveries past the retention, of installed and uninstalled shops, and nothing else', async () => {
    // Given an installed and an uninstalled shop, each with an old processed, an old unprocessed and a recent
    // processed delivery
    const stores = createMemoryStores();
    const shops = ['live.myshopify.com', 'gone.myshopify.com'];
    for (const shop of shops) {
      await stores.shops.markInstalled(shop, { scopes: [], at: ago(30 * 86_400_000) });
      for (const [webhookId, receivedAt] of [
        ['old', ago(INBOX_RETENTION_MS + 60_000)],
        ['stuck', ago(INBOX_RETENTION_MS + 60_000)],
        ['recent', ago(60_000)],
      ] as const) {
        await stores.inbox.record(shop, {
          webhookId,
          topic: 'orders/create',
          triggeredAt: receivedAt,
          payload: { email: 'buyer@example.com' },
          receivedAt,
        });
        if (webhookId !== 'stuck') await stores.inbox.markProcessed(shop, webhookId);
      }
    }
    await stores.shops.markUninstalled('gone.myshopify.com', ago(86_400_000));

    // When the purge runs
    const purged = await purgeWebhookInbox({
      shops: stores.shops,
      inbox: stores.inbox,
      logger: quiet,
      now: () => NOW,
    });

    // Then only the old processed ones went: the unprocessed one is still owed its processing
    expect(purged).toBe(2);
    for (const shop of shops) {
      expect(await stores.inbox.get(shop, 'old')).toBeUndefined();
      expect(await stores.inbox.get(shop, 'stuck')).toBeDefined();
      expect(await stores.inbox.get(shop, 'recent')).toBeDefined();
    }
  });
});
