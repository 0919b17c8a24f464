import {
  dayNumber,
  mergeOffers,
  parseOfferList,
  type CartProductOffers,
  type RankedProduct,
} from '@tandem/offer-core';
import { offerListValue } from '../offers/publish-offers.js';
import { learnRepurchaseIntervals, type CustomerPurchase } from '../pairing/profile/repurchase-intervals.js';
import type { ProfilePurchase } from '../pairing/profile/build-profile.js';
import type { OfferStore } from '../store/ports/offer-store.js';
import type { MinerLine, OrderStore } from '../store/ports/order-store.js';

/** What every profile of a shop is built from: its customers' purchases and its repeat purchases. */
export interface ShopHistory {
  /** Customer hash → the lines of their stored orders (not cancelled, with a product). */
  readonly purchases: ReadonlyMap<string, readonly ProfilePurchase[]>;
  readonly intervals: ReadonlyMap<string, number>;
}

const purchaseOf = (line: Pick<MinerLine, 'orderId' | 'productId' | 'variantId' | 'createdAt'>) =>
  line.productId === null
    ? undefined
    : {
        orderId: line.orderId,
        productId: line.productId,
        variantId: line.variantId ?? undefined,
        day: dayNumber(Date.parse(line.createdAt)),
      };

/** Reads the shop's stored orders once (the sync's history window). */
export async function readShopHistory(orders: OrderStore, shop: string): Promise<ShopHistory> {
  const purchases = new Map<string, ProfilePurchase[]>();
  const learnt: CustomerPurchase[] = [];
  for await (const batch of orders.streamLines(shop))
    for (const line of batch) {
      const purchase = line.cancelled || line.customerHash === null ? undefined : purchaseOf(line);
      if (!purchase || line.customerHash === null) continue;
      const own = purchases.get(line.customerHash);
      if (own) own.push(purchase);
      else purchases.set(line.customerHash, [purchase]);
      learnt.push({ customer: line.customerHash, product: purchase.productId, day: purchase.day });
    }
  return { purchases, intervals: learnRepurchaseIntervals(learnt) };
}

/** One customer's purchases from their stored orders (a webhook's update). */
export async function customerPurchases(
  orders: OrderStore,
  shop: string,
  customerHash: string,
): Promise<ProfilePurchase[]> {
  const found = await orders.findByCustomerHash(shop, customerHash);
  return found
    .filter((order) => order.cancelledAt === null)
    .flatMap((order) =>
      order.lines.flatMap((line) => {
        const purchase = purchaseOf({ ...line, orderId: order.id, createdAt: order.createdAt });
        return purchase ? [purchase] : [];
      }),
    );
}

/**
 * The checkout merge of products' published lists, for a profile's votes: lists are read from the offer store once
 * per product and kept for the run.
 */
export function historyMerger(offers: OfferStore, shop: string) {
  const lists = new Map<string, CartProductOffers | undefined>();
  return {
    /** Reads the lists of these products (those not read yet). */
    async load(productIds: Iterable<string>): Promise<void> {
      for (const productId of productIds) {
        if (lists.has(productId)) continue;
        const stored = await offers.getList(shop, productId);
        // Through the metafield value, as checkout reads it.
        const value = stored && offerListValue(stored);
        const parsed = value === undefined ? undefined : parseOfferList(value);
        lists.set(productId, parsed?.kind === 'ok' ? { productId, ...parsed.list } : undefined);
      }
    },
    merge(productIds: readonly string[]): RankedProduct[] {
      const cart = productIds.flatMap((productId) => lists.get(productId) ?? []);
      return mergeOffers(cart, { max: 40, excludeProductIds: new Set(productIds) }).map((merged) => ({
        productId: merged.offer.productId,
        score: merged.score,
      }));
    },
  };
}
