// A restarted demo: the in-memory emulator lost the profiles the last start wrote, so none may count as live.
import { describe, expect, it } from '@jest/globals';
import { createMemoryStores } from '../../store/index.js';
import { forgetPublishedProfiles } from './fresh-profiles.js';

const SHOP = 'fresh-profiles.myshopify.com';

describe('forgetting published profiles on a demo restart', () => {
  it('marks every live profile as not written, so the next sync writes them all again', async () => {
    // Given three remembered customers, two with a profile live in the last emulator
    const stores = createMemoryStores();
    const customers = [1, 2, 3].map((n) => ({
      customerId: `gid://shopify/Customer/${n}`,
      customerHash: String(n).repeat(64),
    }));
    await stores.profiles.remember(SHOP, customers);
    await stores.profiles.markPublished(SHOP, [
      { customerId: 'gid://shopify/Customer/1', contentHash: 'a'.repeat(32) },
      { customerId: 'gid://shopify/Customer/2', contentHash: 'b'.repeat(32) },
    ]);

    // When the demo reconnects to a fresh emulator
    const marked = await forgetPublishedProfiles(stores, SHOP);

    // Then no profile counts as live, and every customer is still remembered
    const { items } = await stores.profiles.list(SHOP, { limit: 10 });
    expect(marked).toBe(2);
    expect(items.map((customer) => customer.publishedHash)).toEqual([null, null, null]);
  });
});
