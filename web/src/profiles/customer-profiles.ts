import { dayNumber, type PublishedProfile } from '@tandem/offer-core';
import type { AdminClient } from '../shopify/admin/client.js';
import type { Stores } from '../store/types.js';
import { exclusionsOf } from './exclusions.js';
import { deleteProfiles, profileHash, profileInput, profileOf } from './publish-profiles.js';
import { customerPurchases, historyMerger, readShopHistory } from './shop-history.js';
import { setMetafieldsSkippingMissingOwners } from '../offers/set-metafields.js';

export interface CustomerProfilesDeps {
  readonly stores: Pick<Stores, 'orders' | 'offers' | 'settings' | 'profiles' | 'rules'>;
  readonly adminClient: (shop: string) => Promise<AdminClient>;
  readonly now: () => Date;
}

/**
 * A shop's repeat-purchase intervals change slowly; one order's webhook reuses them for this long rather than
 * reading every stored order again.
 */
const INTERVALS_TTL_MS = 60 * 60 * 1000;

/** One customer's profile, as the webhooks need it: after an order, before a redact, in a data export. */
export function createCustomerProfiles(deps: CustomerProfilesDeps) {
  const intervals = new Map<string, { at: number; value: ReadonlyMap<string, number> }>();
  async function shopIntervals(shop: string): Promise<ReadonlyMap<string, number>> {
    const now = deps.now().getTime();
    const cached = intervals.get(shop);
    if (cached && now - cached.at < INTERVALS_TTL_MS) return cached.value;
    const value = (await readShopHistory(deps.stores.orders, shop)).intervals;
    intervals.set(shop, { at: now, value });
    return value;
  }

  /** The profile the customer's stored orders give today, or undefined when they have none. */
  async function current(shop: string, customerHash: string): Promise<PublishedProfile | undefined> {
    const purchases = await customerPurchases(deps.stores.orders, shop, customerHash);
    if (purchases.length === 0) return undefined;
    const merge = historyMerger(deps.stores.offers, shop);
    await merge.load(purchases.map((purchase) => purchase.productId));
    const today = dayNumber(deps.now().getTime());
    const excluded = exclusionsOf(await deps.stores.rules.list(shop));
    return profileOf(shop, today, purchases, { intervals: await shopIntervals(shop) }, merge, excluded);
  }

  return {
    /** orders/create: the buyer's profile with this order in it (personalisation on only). */
    async afterOrder(
      shop: string,
      customerId: string,
      customerHash: string,
    ): Promise<'written' | 'unchanged' | 'off'> {
      if (!(await deps.stores.settings.get(shop)).personalise) return 'off';
      await deps.stores.profiles.remember(shop, [{ customerId, customerHash }]);
      const known = await deps.stores.profiles.findByHash(shop, customerHash);
      const profile = await current(shop, customerHash);
      if (!profile) return 'unchanged';
      const hash = profileHash(profile);
      if (known?.publishedHash === hash) return 'unchanged';
      const client = await deps.adminClient(shop);
      const set = await setMetafieldsSkippingMissingOwners(client, [profileInput(customerId, profile)]);
      // A customer deleted in Shopify meanwhile has no profile to write.
      if (set.written.length === 0) return 'unchanged';
      await deps.stores.profiles.markPublished(shop, [{ customerId, contentHash: hash }]);
      return 'written';
    },
    /** customers/redact: deletes the profile metafield, before the customer's rows go. */
    async beforeRedact(shop: string, customerId: string, customerHash: string): Promise<number> {
      const known = await deps.stores.profiles.findByHash(shop, customerHash);
      if (known?.publishedHash === null || known === undefined) return 0;
      const client = await deps.adminClient(shop);
      return (await deleteProfiles({ client, stores: deps.stores, shop }, [customerId])).deleted;
    },
    /** customers/data_request: the profile Tandem writes (or would write) for the customer, and whether it is live. */
    async exportOf(
      shop: string,
      customerHash: string,
    ): Promise<{ readonly published: boolean; readonly profile: PublishedProfile | null }> {
      const known = await deps.stores.profiles.findByHash(shop, customerHash);
      return {
        published: known?.publishedHash !== null && known !== undefined,
        profile: (await current(shop, customerHash)) ?? null,
      };
    },
  };
}

export type CustomerProfiles = ReturnType<typeof createCustomerProfiles>;
