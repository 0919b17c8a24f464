import type { Stores } from '../../store/types.js';

/**
 * The embedded emulator starts afresh on every `npm start` (it lives in memory), so the buyer profiles the last start
 * wrote are gone from it although the store still records them as live: forgetting that makes the next profile sync
 * write every one again, as the offers step republishes every list. Returns how many were marked.
 */
export async function forgetPublishedProfiles(
  stores: Pick<Stores, 'profiles'>,
  shop: string,
): Promise<number> {
  let marked = 0;
  let after: string | null = null;
  do {
    const page = await stores.profiles.list(shop, { after, limit: 1_000 });
    after = page.nextCursor;
    const live = page.items.filter((customer) => customer.publishedHash !== null);
    await stores.profiles.markPublished(
      shop,
      live.map((customer) => ({ customerId: customer.customerId, contentHash: null })),
    );
    marked += live.length;
  } while (after !== null);
  return marked;
}
