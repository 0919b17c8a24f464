import type { ModelReport } from '../../domain/model-report.js';
import type { OfferList } from '../../domain/offer.js';
import type { ShopDomain } from '../../domain/shop.js';
import type { Page, PageRequest } from './page.js';
import type { OfferListInput, PublishedList } from '../validation/offers.js';

export interface OfferStore {
  /** Stores freshly computed lists; `changed` counts lists whose content hash differs from the stored one. */
  putLists(
    shop: ShopDomain,
    lists: readonly OfferListInput[],
  ): Promise<{ readonly changed: number; readonly unchanged: number }>;
  getList(shop: ShopDomain, productId: string): Promise<OfferList | undefined>;
  /**
   * Which of these products have a list published to Shopify (checkout can show their offers): what decides, on
   * the server, whether a checkout was eligible for offers.
   */
  publishedProducts(shop: ShopDomain, productIds: readonly string[]): Promise<ReadonlySet<string>>;
  /** Lists never published or changed since they were, by product id: what the publisher must write. */
  listUnpublished(shop: ShopDomain, request?: PageRequest): Promise<Page<OfferList>>;
  /**
   * Records what was written to Shopify. Only lists still holding that hash are marked (a list recomputed
   * meanwhile stays unpublished). Returns how many were marked.
   */
  markPublished(shop: ShopDomain, published: readonly PublishedList[]): Promise<number>;
  removeLists(shop: ShopDomain, productIds: readonly string[]): Promise<number>;
  /** Replaces the shop's model report (what its last recompute published and why). */
  putModelReport(shop: ShopDomain, report: ModelReport): Promise<void>;
  getModelReport(shop: ShopDomain): Promise<ModelReport | undefined>;
}
