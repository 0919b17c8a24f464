import { serializeOfferList, type ListVotes, type PublishedOffer } from '@tandem/offer-core';
import { assertNoUserErrors, type AdminClient } from '../shopify/admin/client.js';
import { MetafieldsSetDocument, type MetafieldsSetInput } from '../shopify/admin/generated/graphql.js';
import type { OfferList } from '../domain/offer.js';
import type { OfferStore } from '../store/ports/offer-store.js';
import { MAX_VALUE_BYTES, METAFIELDS_PER_CALL, OFFERS_KEY, TANDEM_NAMESPACE } from './metafields.js';

export interface PublishReport {
  readonly written: number;
  /** Products gone from Shopify since mining (their lists are dropped). */
  readonly skippedMissing: readonly string[];
  readonly skippedTooLarge: readonly string[];
  readonly calls: number;
  readonly costSpent: number;
}

export interface PublishDeps {
  readonly client: AdminClient;
  readonly offers: OfferStore;
  readonly shop: string;
  readonly signal?: AbortSignal;
}

const OWNER_ERROR = /^metafields\.(\d+)\.ownerId$/;

/**
 * Writes every offer list whose content changed since it was last published, 25 per metafieldsSet (Shopify's
 * limit), paced by the cost-aware client. Each batch is recorded as published right after Shopify accepted it,
 * so an interrupted run resumes with what is left and never rewrites what is live. metafieldsSet is atomic:
 * when it names owners that no longer exist, those are dropped and the batch is sent again.
 */
export async function publishOfferLists(deps: PublishDeps): Promise<PublishReport> {
  const report = {
    written: 0,
    skippedMissing: [] as string[],
    skippedTooLarge: [] as string[],
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
      if (Buffer.byteLength(input.value) <= MAX_VALUE_BYTES) return [{ list, input }];
      report.skippedTooLarge.push(list.productId);
      return [];
    });
    while (batch.length > 0) {
      const { data, cost } = await deps.client.request(MetafieldsSetDocument, {
        metafields: batch.map(({ input }) => input),
      });
      report.calls += 1;
      report.costSpent += cost?.actualQueryCost ?? cost?.requestedQueryCost ?? 0;
      const userErrors = data.metafieldsSet?.userErrors ?? [];
      const missing = new Set(
        userErrors.flatMap((error) => {
          const index = OWNER_ERROR.exec((error.field ?? []).join('.'))?.[1];
          return index === undefined ? [] : [Number(index)];
        }),
      );
      if (missing.size === 0) {
        assertNoUserErrors('metafieldsSet', userErrors);
        break;
      }
      assertNoUserErrors(
        'metafieldsSet',
        userErrors.filter((error) => !OWNER_ERROR.test((error.field ?? []).join('.'))),
      );
      report.skippedMissing.push(...batch.filter((_, i) => missing.has(i)).map(({ list }) => list.productId));
      batch = batch.filter((_, i) => !missing.has(i));
    }
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

/** The metafield value of a stored list: its offers and votes as checkout reads them. */
export function offerListValue(list: Pick<OfferList, 'offers' | 'votes'>): string {
  return serializeOfferList(
    list.offers as unknown as readonly PublishedOffer[],
    (list.votes ?? {}) as unknown as ListVotes,
  );
}

function toInput(list: OfferList): MetafieldsSetInput {
  return {
    ownerId: list.productId,
    namespace: TANDEM_NAMESPACE,
    key: OFFERS_KEY,
    type: 'json',
    value: offerListValue(list),
  };
}
