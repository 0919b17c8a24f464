import type { JsonValue } from '../domain/json.js';
import { publishOfferLists, type PublishReport } from '../publish/publish-offers.js';
import type { AdminClient } from '../shopify/admin/client.js';
import type { OfferStore } from '../store/ports/offer-store.js';
import { recomputeOffers, type RecomputeDeps, type RecomputeReport } from './recompute.js';
import { activeDiscountPairs, readRegistry } from '../http/routes/admin-discount-registry.js';
import { syncProfiles, type ProfileBulkOptions, type ProfileReport } from '../profiles/publish-profiles.js';
import type { Stores } from '../store/types.js';

/**
 * Marks the offers a bundle discount covers ("buy X, get Y at N% off") with `d`, so checkout shows the discounted
 * price before the click. Only the buy products' lists can change; returns how many did.
 */
export async function applyDiscounts(
  offers: OfferStore,
  client: AdminClient,
  shop: string,
  now: Date,
): Promise<number> {
  const pairs = activeDiscountPairs((await readRegistry(client)).entries, now);
  const buyProducts = new Set([...pairs.keys()].map((key) => key.slice(0, key.indexOf('>'))));
  const updated = [];
  for (const productId of buyProducts) {
    const list = await offers.getList(shop, productId);
    if (!list) continue;
    const marked = list.offers.map((entry) => {
      const offer = entry as { readonly k?: unknown; readonly p?: unknown };
      const percent =
        offer.k === 'xsell' && typeof offer.p === 'string' ? pairs.get(`${productId}>${offer.p}`) : undefined;
      return percent === undefined
        ? entry
        : ({ ...(entry as Record<string, JsonValue>), d: percent } as JsonValue);
    });
    if (marked.some((entry, index) => entry !== list.offers[index]))
      updated.push({
        productId,
        offers: marked,
        ...(list.votes === undefined ? {} : { votes: list.votes }),
        computedAt: now.toISOString(),
      });
  }
  if (updated.length > 0) await offers.putLists(shop, updated);
  return updated.length;
}

export interface RefreshDeps {
  readonly stores: RecomputeDeps['stores'] & Pick<Stores, 'profiles'>;
  readonly adminClient: (shop: string) => Promise<AdminClient>;
  readonly now: () => Date;
  /** Large shops' profiles through bulk mutations (config PROFILE_BULK_THRESHOLD). */
  readonly profileBulk?: ProfileBulkOptions;
}

export interface RefreshReport extends RecomputeReport {
  /** Lists whose offers a bundle discount marks. */
  readonly discounted: number;
  readonly published: PublishReport;
  /** Buyer profiles written or deleted (personalisation on or off). */
  readonly profiles: ProfileReport;
}

/**
 * The shop's offers brought up to date in checkout: recompute every list with the current history, rules and
 * settings, mark bundle discounts, and publish what changed. Idempotent: a rerun after a crash recomputes the
 * same lists and publishes only what Shopify does not hold yet. Stops between steps once `signal` aborts.
 */
export async function refreshOffers(
  deps: RefreshDeps,
  shop: string,
  options: { readonly signal?: AbortSignal; readonly republishAll?: boolean } = {},
): Promise<RefreshReport> {
  const recomputed = await recomputeOffers(
    { stores: deps.stores, shop, now: deps.now },
    options.republishAll === undefined ? {} : { republishAll: options.republishAll },
  );
  options.signal?.throwIfAborted();
  const client = await deps.adminClient(shop);
  const discounted = await applyDiscounts(deps.stores.offers, client, shop, deps.now());
  options.signal?.throwIfAborted();
  const published = await publishOfferLists({ client, offers: deps.stores.offers, shop });
  options.signal?.throwIfAborted();
  // After the lists: a profile's votes are the merge of the lists just published.
  const profiles = await syncProfiles({
    client,
    stores: deps.stores,
    shop,
    now: deps.now,
    ...(deps.profileBulk ? { bulk: deps.profileBulk } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  return { ...recomputed, discounted, published, profiles };
}
