import { describe, expect, it } from '@jest/globals';
import { createLogger } from '@tandem/web/logger';
import { hashCheckoutToken } from '@tandem/web/measurement/index';
import { purgeEvents, UNVERIFIED_GRACE_MS } from '@tandem/web/measurement/retention/purge-events';
import { createMemoryStores } from '@tandem/web/store/index';

const SHOP = 'retention.myshopify.com';
const NOW = new Date('2025-06-30T12:00:00.000Z');
const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();
const logger = createLogger({ logLevel: 'silent' });

async function shopWithEvents() {
  const stores = createMemoryStores();
  await stores.shops.markInstalled(SHOP, { scopes: [], at: ago(200) });
  const reported = hashCheckoutToken('reported');
  await stores.measurement.recordCheckouts(SHOP, [
    { checkoutHash: reported, createdAt: ago(100), arm: 'treatment', eligible: true, source: 'checkout' },
  ]);
  const event = (token: string, at: string) => ({
    checkoutToken: token,
    offerId: '1-2',
    arm: 'treatment' as const,
    type: 'impression' as const,
    occurredAt: at,
  });
  await stores.events.appendMany(SHOP, [
    event(reported, ago(100)),
    event(reported, ago(30)),
    event(hashCheckoutToken('never-reported'), ago(10)),
    event(
      hashCheckoutToken('maybe-reported-soon'),
      new Date(NOW.getTime() - UNVERIFIED_GRACE_MS / 2).toISOString(),
    ),
  ]);
  return stores;
}

describe('purging raw pixel events', () => {
  it('deletes events past the retention, and sooner those of checkouts Shopify never reported', async () => {
    const stores = await shopWithEvents();
    const purged = await purgeEvents({ stores, retentionDays: 90, logger, now: () => NOW });
    // The 100-day-old event (retention) and the unreported checkout's 10-day-old one (grace) go
    expect(purged).toBe(2);
    expect(await stores.events.count(SHOP)).toBe(2);
  });

  it('keeps old events while a day they count on still waits for its rollup', async () => {
    const stores = await shopWithEvents();
    await stores.measurement.markDirty(SHOP, [ago(100).slice(0, 10)]);
    expect(await purgeEvents({ stores, retentionDays: 90, logger, now: () => NOW })).toBe(1);
    expect(await stores.events.count(SHOP)).toBe(3);
  });

  it('takes a longer retention when configured', async () => {
    const stores = await shopWithEvents();
    expect(await purgeEvents({ stores, retentionDays: 365, logger, now: () => NOW })).toBe(1);
  });
});
