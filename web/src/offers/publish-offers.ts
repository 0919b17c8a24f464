import { serializeOfferList } from '@tandem/offer-core';
import type { AdminClient } from '../shopify/admin/client.js';
import type { MetafieldsSetInput } from '../shopify/admin/generated/graphql.js';
import { setMetafieldsSkippingMissingOwners } from './set-metafields.js';
import type { OfferList } from '../domain/offer.js';
import type { OfferStore } from '../store/ports/offer-store.js';
import { publishedList } from './stored-list.js';
import { MAX_VALUE_BYTES, METAFIELDS_PER_CALL, OFFERS_KEY, TANDEM_NAMESPACE } from './metafields.js';

export interface PublishReport {
  readonly written: number;
  /** Products gone from Shopify since mining (their lists are dropped). */
  readonly skippedMissing: readonly string[];
  readonly skippedTooLarge: readonly string[];
  /** Stored lists that do not read as an offer list (checkout would ignore them); dropped like the others. */
  readonly skippedInvalid: readonly string[];
  readonly calls: number;
  readonly costSpent: number;
}

export interface PublishDeps {
  readonly client: AdminClient;
  readonly offers: OfferStore;
  readonly shop: string;
  readonly signal?: AbortSignal;
}

/**
 * Writes every offer list whose content changed since it was last published, 25 per metafieldsSet (Shopify's
 * limit), paced by the cost-aware client. Each batch is recorded as published right after Shopify accepted it,
 * so an interrupted run resumes with what is left and never rewrites what is live. Products deleted since mining
 * are dropped from a batch (`setMetafieldsSkippingMissingOwners`).
 */
export async function publishOfferLists(deps: PublishDeps): Promise<PublishReport> {
  const report = {
    written: 0,
    skippedMissing: [] as string[],
    skippedTooLarge: [] as string[],
    skippedInvalid: [] as string[],
    calls: 0,
    costSpent: 0,
  };
  for (;;) {
    deps.signal?.throwIfAborted();
    const page = await deps.offers.listUnpublished(deps.shop, { limit: METAFIELDS_PER_CALL });
    if (page.items.length === 0) return report;
    // Each value is serialised once: it is measured against the limit and then sent, maybe more than once.
    let batch = page.items.flatMap((list) => {
      const input = toInput(list);
      if (input === undefined) {
        report.skippedInvalid.push(list.productId);
        return [];
      }
      if (Buffer.byteLength(input.value) <= MAX_VALUE_BYTES) return [{ list, input }];
      report.skippedTooLarge.push(list.productId);
      return [];
    });
    const set = await setMetafieldsSkippingMissingOwners(
      deps.client,
      batch.map(({ input }) => input),
    );
    report.calls += set.calls;
    report.costSpent += set.costSpent;
    report.skippedMissing.push(...set.missing.flatMap((i) => batch[i]?.list.productId ?? []));
    batch = set.written.flatMap((i) => batch[i] ?? []);
    await deps.offers.markPublished(
      deps.shop,
      batch.map(({ list: { productId, contentHash } }) => ({ productId, contentHash })),
    );
    report.written += batch.length;
    const written = new Set(batch.map(({ list }) => list));
    const dropped = page.items.filter((list) => !written.has(list)).map((list) => list.productId);
    if (dropped.length > 0) await deps.offers.removeLists(deps.shop, dropped);
  }
}

/** The metafield value of a stored list (its offers and votes as checkout reads them); undefined if it does not parse. */
export function offerListValue(list: Pick<OfferList, 'offers' | 'votes'>): string | undefined {
  const read = publishedList(list);
  return read && serializeOfferList(read.offers, read);
}

function toInput(list: OfferList): MetafieldsSetInput | undefined {
  const value = offerListValue(list);
  if (value === undefined) return undefined;
  return {
    ownerId: list.productId,
    namespace: TANDEM_NAMESPACE,
    key: OFFERS_KEY,
    type: 'json',
    value,
  };
}
