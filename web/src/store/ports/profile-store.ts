import type { ShopDomain } from '../../domain/shop.js';
import type { Page, PageRequest } from './page.js';

/**
 * A customer Tandem may write a buyer profile to: the metafield's owner (their Customer GID, which a profile needs
 * and the order store does not keep) and the hash their orders are stored under. Kept only while the merchant has
 * personalisation on.
 */
export interface ProfileCustomer {
  readonly customerId: string;
  readonly customerHash: string;
  /** Content hash of the profile live on the customer in Shopify; null when none is. */
  readonly publishedHash: string | null;
}

export interface ProfileStore {
  /** Adds customers not yet known; a known one keeps what was published for them. */
  remember(
    shop: ShopDomain,
    customers: readonly Pick<ProfileCustomer, 'customerId' | 'customerHash'>[],
  ): Promise<void>;
  /** The shop's customers by id. */
  list(shop: ShopDomain, request?: PageRequest): Promise<Page<ProfileCustomer>>;
  /** Records what is live in Shopify now (null: the metafield was deleted). */
  markPublished(
    shop: ShopDomain,
    published: readonly { readonly customerId: string; readonly contentHash: string | null }[],
  ): Promise<void>;
  findByHash(shop: ShopDomain, customerHash: string): Promise<ProfileCustomer | undefined>;
  /** Forgets every customer of the shop (personalisation turned off, once their profiles are deleted). */
  forgetAll(shop: ShopDomain): Promise<number>;
}
