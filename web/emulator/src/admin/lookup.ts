/** GID → emulated object, typed for GraphQL (abstract fields need `__typename`). */
import { gidType } from '../state/gid.js';
import type { ShopState } from '../state/shop-state.js';
import { subscriptionView } from './app-subscription-view.js';

export function withTypename<T extends object>(value: T, typename: string): T & { __typename: string } {
  return Object.assign(Object.create(value) as T, { __typename: typename });
}

/** The object behind any GID the emulator knows (for node/nodes and metafield owners), or undefined. */
export function lookupNode(shop: ShopState, id: string): (object & { __typename: string }) | undefined {
  const type = gidType(id);
  const found: object | undefined =
    type === 'Product'
      ? shop.products.get(id)
      : type === 'ProductVariant'
        ? shop.variants.get(id)
        : type === 'Order'
          ? shop.orders.get(id)
          : type === 'Customer'
            ? shop.customers.get(id)
            : type === 'Collection'
              ? shop.collections.get(id)
              : type === 'Shop' && id === shop.shop.id
                ? shop.shop
                : type === 'DiscountAutomaticNode'
                  ? shop.discounts.get(id)
                  : type === 'WebhookSubscription'
                    ? shop.webhooks.get(id)
                    : type === 'BulkOperation'
                      ? shop.bulkOperations.find((op) => op.id === id)
                      : type === 'AppSubscription'
                        ? appSubscriptionNode(shop, id)
                        : undefined;
  return found && type ? withTypename(found, type) : undefined;
}

function appSubscriptionNode(shop: ShopState, id: string): object | undefined {
  const subscription = shop.appSubscriptions.get(id);
  return subscription ? subscriptionView(subscription) : undefined;
}
