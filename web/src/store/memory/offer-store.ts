import type { OfferStore } from '../ports/offer-store.js';
import { listHash } from '../shared/hash.js';
import { pageWindow, toPage } from '../shared/paging.js';
import {
  checkShop,
  validateModelReport,
  validateOfferLists,
  validateProductIds,
  validatePublished,
} from '../validation/index.js';
import { byText, cloneJson, type MemoryTables } from './tables.js';
import type { Clock } from '../types.js';

export function createMemoryOfferStore(tables: MemoryTables, clock: Clock): OfferStore {
  return {
    async putLists(shop, lists) {
      checkShop(shop);
      const rows = tables.offers.of(shop);
      const clean = validateOfferLists(lists);
      let changed = 0;
      for (const list of clean) {
        const hash = listHash(list);
        const stored = rows.get(list.productId);
        if (stored?.contentHash !== hash) changed += 1;
        rows.set(list.productId, {
          productId: list.productId,
          offers: cloneJson(list.offers),
          ...(list.votes === undefined ? {} : { votes: cloneJson(list.votes) }),
          contentHash: hash,
          computedAt: list.computedAt,
          publishedAt: stored?.publishedAt ?? null,
          publishedHash: stored?.publishedHash ?? null,
        });
      }
      return { changed, unchanged: clean.length - changed };
    },

    async getList(shop, productId) {
      return tables.offers.of(checkShop(shop)).get(productId);
    },

    async publishedProducts(shop, productIds) {
      const rows = tables.offers.of(checkShop(shop));
      return new Set(
        validateProductIds(productIds).filter((id) => (rows.get(id)?.publishedHash ?? null) !== null),
      );
    },

    async listUnpublished(shop, request) {
      checkShop(shop);
      const { after, limit } = pageWindow(request, 1);
      const rows = tables.offers
        .sorted(shop, (a, b) => byText(a.productId, b.productId))
        .filter(
          (list) =>
            list.publishedHash !== list.contentHash && (after === null || list.productId > (after[0] ?? '')),
        );
      return toPage(rows.slice(0, limit + 1), limit, (list) => [list.productId]);
    },

    async markPublished(shop, published) {
      checkShop(shop);
      const clean = validatePublished(published);
      const rows = tables.offers.of(shop);
      const at = clock().toISOString();
      let marked = 0;
      for (const { productId, contentHash: hash } of clean) {
        const stored = rows.get(productId);
        if (stored === undefined || stored.contentHash !== hash) continue;
        rows.set(productId, { ...stored, publishedHash: hash, publishedAt: at });
        marked += 1;
      }
      return marked;
    },

    async removeLists(shop, productIds) {
      checkShop(shop);
      return validateProductIds(productIds).filter((id) => tables.offers.of(shop).delete(id)).length;
    },

    async putModelReport(shop, report) {
      const clean = validateModelReport(report);
      tables.offerModels.of(checkShop(shop)).set('', { ...clean, selection: cloneJson(clean.selection) });
    },

    async getModelReport(shop) {
      const stored = tables.offerModels.of(checkShop(shop)).get('');
      return stored && { ...stored, selection: cloneJson(stored.selection) };
    },
  };
}
