import { createHash } from 'node:crypto';
import { dayNumber, serializeProfile, type PublishedProfile } from '@tandem/offer-core';
import { buildProfile, type ProfilePurchase } from '../pairing/profile/build-profile.js';
import { assertNoUserErrors, type AdminClient } from '../shopify/admin/client.js';
import { MetafieldsDeleteDocument, type MetafieldsSetInput } from '../shopify/admin/generated/graphql.js';
import { METAFIELDS_PER_CALL, PROFILE_KEY, TANDEM_NAMESPACE } from '../offers/metafields.js';
import { setMetafieldsSkippingMissingOwners } from '../offers/set-metafields.js';
import type { ProfileCustomer } from '../store/ports/profile-store.js';
import type { Stores } from '../store/types.js';
import { BULK_FILE_BYTES, setMetafieldsInBulk, type BulkPoll } from './bulk-metafields.js';
import { withoutExcluded, type Exclusions, exclusionsOf } from './exclusions.js';
import { historyMerger, readShopHistory, type ShopHistory } from './shop-history.js';

export interface ProfileDeps {
  readonly client: AdminClient;
  readonly stores: Pick<Stores, 'orders' | 'offers' | 'settings' | 'profiles' | 'rules'>;
  readonly shop: string;
  readonly now: () => Date;
  readonly signal?: AbortSignal;
  /** Large shops' profiles go through a bulk mutation; without this, always metafieldsSet. */
  readonly bulk?: ProfileBulkOptions;
}

export interface ProfileBulkOptions {
  /**
   * A sync with at least this many profiles to write stages them as bulk mutation files (a few calls a file); below
   * it, metafieldsSet 25 a call is quicker and cheap enough (config PROFILE_BULK_THRESHOLD).
   */
  readonly threshold: number;
  /** Uploads and downloads the bulk files; the platform fetch by default. */
  readonly fetch?: typeof fetch;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly poll?: BulkPoll;
}

export interface ProfileReport {
  readonly personalise: boolean;
  readonly customers: number;
  readonly written: number;
  /** Profiles deleted: of customers without orders any more, or all of them when personalisation is off. */
  readonly deleted: number;
  /** Admin calls, bulk operations' included, and their cost points. */
  readonly calls: number;
  readonly costSpent: number;
  /** Bulk mutations run (0: every profile went through metafieldsSet). */
  readonly bulkOperations: number;
}

interface ProfileWrite {
  readonly customer: ProfileCustomer;
  readonly hash: string;
  readonly input: MetafieldsSetInput;
}

/**
 * A profile is rewritten when what it says changes, and at least this often, so checkout (which ignores profiles
 * older than PROFILE_MAX_AGE_DAYS) never finds a current one stale. Days since purchase grow daily; hashing the
 * purchase days instead keeps an unchanged buyer's profile from being rewritten every day.
 */
const REWRITE_DAYS = 30;

/** What a profile says, independent of the day it is written on (see REWRITE_DAYS). */
export function profileHash(profile: PublishedProfile): string {
  const days = profile.i.map(([product, variant, since, count, interval]) => [
    product,
    variant,
    profile.at - since,
    count,
    interval,
  ]);
  const key = JSON.stringify([
    profile.shop,
    profile.n,
    days,
    profile.h,
    Math.floor(profile.at / REWRITE_DAYS),
  ]);
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

/** The customer metafield input of a profile. */
export function profileInput(customerId: string, profile: PublishedProfile): MetafieldsSetInput {
  return {
    ownerId: customerId,
    namespace: TANDEM_NAMESPACE,
    key: PROFILE_KEY,
    type: 'json',
    value: serializeProfile(profile),
  };
}

/** One customer's profile as it would be published today from these purchases (excluded products left out). */
export function profileOf(
  shop: string,
  today: number,
  purchases: readonly ProfilePurchase[],
  history: Pick<ShopHistory, 'intervals'>,
  merge: ReturnType<typeof historyMerger>,
  excluded: Exclusions,
): PublishedProfile | undefined {
  return buildProfile({
    shop,
    today,
    purchases: withoutExcluded(purchases, excluded),
    intervals: history.intervals,
    historyMerge: (ids) => merge.merge(ids),
  });
}

/**
 * Brings every remembered customer's profile metafield up to date after a sync or recompute: written when it
 * changed, deleted when the customer has no orders left in the window. Writes go 25 per metafieldsSet, paced by the
 * cost-aware client, or — once `bulk.threshold` of them are due — through bulk mutations. With personalisation off,
 * deletes every profile written and forgets the customers.
 */
export async function syncProfiles(deps: ProfileDeps): Promise<ProfileReport> {
  const { stores, shop } = deps;
  const personalise = (await stores.settings.get(shop)).personalise;
  const report = {
    personalise,
    customers: 0,
    written: 0,
    deleted: 0,
    calls: 0,
    costSpent: 0,
    bulkOperations: 0,
  };
  // Writes wait here until the sync knows which way they go: below the threshold they are written page by page.
  const pending: ProfileWrite[] = [];
  let pendingBytes = 0;
  let bulk = false;
  const flush = async (last: boolean): Promise<void> => {
    if (deps.bulk && !bulk && pending.length >= deps.bulk.threshold) bulk = true;
    if (bulk && deps.bulk) {
      if (last || pendingBytes >= BULK_FILE_BYTES) {
        pendingBytes = 0;
        await writeInBulk(deps, deps.bulk, pending.splice(0), report);
      }
    } else if (!deps.bulk || last) await writeDirectly(deps, pending.splice(0), report);
  };
  const history = personalise ? await readShopHistory(stores.orders, shop) : undefined;
  const merge = historyMerger(stores.offers, shop);
  const excluded = exclusionsOf(await stores.rules.list(shop));
  const today = dayNumber(deps.now().getTime());
  let after: string | null = null;
  do {
    deps.signal?.throwIfAborted();
    const page = await stores.profiles.list(shop, { after, limit: 1_000 });
    after = page.nextCursor;
    report.customers += page.items.length;
    const deletes: ProfileCustomer[] = [];
    if (history)
      await merge.load(
        page.items.flatMap((c) => (history.purchases.get(c.customerHash) ?? []).map((p) => p.productId)),
      );
    for (const customer of page.items) {
      const profile =
        history &&
        profileOf(shop, today, history.purchases.get(customer.customerHash) ?? [], history, merge, excluded);
      if (profile) {
        const hash = profileHash(profile);
        if (hash !== customer.publishedHash) {
          const input = profileInput(customer.customerId, profile);
          pending.push({ customer, hash, input });
          pendingBytes += input.value.length + 120;
        }
      } else if (customer.publishedHash !== null) deletes.push(customer);
    }
    await flush(false);
    const removed = await deleteProfiles(
      deps,
      deletes.map((customer) => customer.customerId),
    );
    report.calls += removed.calls;
    report.costSpent += removed.costSpent;
    report.deleted += removed.deleted;
  } while (after !== null);
  await flush(true);
  if (!personalise && report.customers > 0) await stores.profiles.forgetAll(shop);
  return report;
}

/** metafieldsSet 25 a call; customers deleted in Shopify since their orders synced are dropped from the batch. */
async function writeDirectly(
  deps: ProfileDeps,
  writes: readonly ProfileWrite[],
  report: { written: number; calls: number; costSpent: number },
): Promise<void> {
  for (let at = 0; at < writes.length; at += METAFIELDS_PER_CALL) {
    const batch = writes.slice(at, at + METAFIELDS_PER_CALL);
    const set = await setMetafieldsSkippingMissingOwners(
      deps.client,
      batch.map((w) => w.input),
    );
    report.calls += set.calls;
    report.costSpent += set.costSpent;
    await recordWritten(deps, batch, set.written, report);
  }
}

/** Marks the writes at `indices` (those Shopify took) published, and counts them. */
async function recordWritten(
  deps: ProfileDeps,
  writes: readonly ProfileWrite[],
  indices: readonly number[],
  report: { written: number },
): Promise<void> {
  const written = indices.flatMap((i) => writes[i] ?? []);
  await deps.stores.profiles.markPublished(
    deps.shop,
    written.map((w) => ({ customerId: w.customer.customerId, contentHash: w.hash })),
  );
  report.written += written.length;
}

/** Bulk mutation files; the lines that did not go through (a deleted owner fails its line) are written directly. */
async function writeInBulk(
  deps: ProfileDeps,
  options: ProfileBulkOptions,
  writes: readonly ProfileWrite[],
  report: { written: number; calls: number; costSpent: number; bulkOperations: number },
): Promise<void> {
  if (writes.length === 0) return;
  const result = await setMetafieldsInBulk(
    {
      client: deps.client,
      ...(options.sleep ? { sleep: options.sleep } : {}),
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.poll ? { poll: options.poll } : {}),
      ...(deps.signal ? { signal: deps.signal } : {}),
    },
    writes.map((w) => w.input),
  );
  report.calls += result.calls;
  report.costSpent += result.costSpent;
  report.bulkOperations += result.operations;
  await recordWritten(deps, writes, result.written, report);
  await writeDirectly(
    deps,
    result.failed.flatMap((i) => writes[i] ?? []),
    report,
  );
}

/** Deletes these customers' profile metafields (those already gone count too) and records it. */
export async function deleteProfiles(
  deps: Pick<ProfileDeps, 'client' | 'stores' | 'shop'>,
  customerIds: readonly string[],
): Promise<{ deleted: number; calls: number; costSpent: number }> {
  const result = { deleted: 0, calls: 0, costSpent: 0 };
  for (let at = 0; at < customerIds.length; at += METAFIELDS_PER_CALL) {
    const batch = customerIds.slice(at, at + METAFIELDS_PER_CALL);
    const { data, cost } = await deps.client.request(MetafieldsDeleteDocument, {
      metafields: batch.map((ownerId) => ({ ownerId, namespace: TANDEM_NAMESPACE, key: PROFILE_KEY })),
    });
    result.calls += 1;
    result.costSpent += cost?.actualQueryCost ?? cost?.requestedQueryCost ?? 0;
    assertNoUserErrors('metafieldsDelete', data.metafieldsDelete?.userErrors ?? []);
    await deps.stores.profiles.markPublished(
      deps.shop,
      batch.map((customerId) => ({ customerId, contentHash: null })),
    );
    result.deleted += batch.length;
  }
  return result;
}
