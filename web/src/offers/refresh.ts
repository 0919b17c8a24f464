import { ensureMetafieldDefinitions } from './definitions.js';
import { applyDiscounts } from './discounts.js';
import { publishShopConfig } from './publish-config.js';
import { publishOfferLists, type PublishReport } from './publish-offers.js';
import { recomputeOffers, type RecomputeDeps, type RecomputeReport } from './recompute.js';
import { syncProfiles, type ProfileBulkOptions, type ProfileReport } from '../profiles/publish-profiles.js';
import type { AdminClient } from '../shopify/admin/client.js';
import type { Stores } from '../store/types.js';

export interface RefreshDeps {
  readonly stores: RecomputeDeps['stores'] & Pick<Stores, 'profiles'>;
  readonly adminClient: (shop: string) => Promise<AdminClient>;
  readonly now: () => Date;
  /** Large shops' profiles through bulk mutations (config PROFILE_BULK_THRESHOLD). */
  readonly profileBulk?: ProfileBulkOptions;
}

export interface RefreshOptions {
  /** Stops between steps once aborted (a job handed back at shutdown). */
  readonly signal?: AbortSignal;
  /** Publish every list again, changed or not: what a freshly started (in-memory) emulator needs. */
  readonly republishAll?: boolean;
  /** Told once the lists are recomputed, before anything is published (the demo prints a line per step). */
  readonly onRecomputed?: (report: RecomputeReport) => void;
}

export interface RefreshReport extends RecomputeReport {
  /** Metafield definitions created by this run (0 once they exist). */
  readonly definitionsCreated: number;
  /** Lists whose offers a bundle discount marks. */
  readonly discounted: number;
  readonly published: PublishReport;
  /** Buyer profiles written or deleted (personalisation on or off). */
  readonly profiles: ProfileReport;
}

/**
 * The one offers pipeline, run by the recompute job, the republisher after a merchant's change and the demo: the
 * shop's checkout brought up to date. It makes sure the app's metafield definitions exist (created once, then
 * found), recomputes every list with the current history, rules and settings, marks bundle discounts, publishes
 * the lists that changed and the shop config, then the buyer profiles. Idempotent: a rerun after a crash
 * recomputes the same lists and publishes only what Shopify does not hold yet.
 */
export async function refreshOffers(
  deps: RefreshDeps,
  shop: string,
  options: RefreshOptions = {},
): Promise<RefreshReport> {
  const { signal } = options;
  const client = await deps.adminClient(shop);
  const definitions = await ensureMetafieldDefinitions(client);
  signal?.throwIfAborted();
  const recomputed = await recomputeOffers(
    { stores: deps.stores, shop, now: deps.now },
    options.republishAll === undefined ? {} : { republishAll: options.republishAll },
  );
  options.onRecomputed?.(recomputed);
  signal?.throwIfAborted();
  const discounted = await applyDiscounts(deps.stores.offers, client, shop, deps.now());
  signal?.throwIfAborted();
  const published = await publishOfferLists({ client, offers: deps.stores.offers, shop });
  signal?.throwIfAborted();
  await publishShopConfig(client, shop, await deps.stores.settings.get(shop));
  signal?.throwIfAborted();
  // After the lists: a profile's votes are the merge of the lists just published.
  const profiles = await syncProfiles({
    client,
    stores: deps.stores,
    shop,
    now: deps.now,
    ...(deps.profileBulk ? { bulk: deps.profileBulk } : {}),
    ...(signal ? { signal } : {}),
  });
  return { ...recomputed, definitionsCreated: definitions.created, discounted, published, profiles };
}
