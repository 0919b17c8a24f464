import type { Shop, ShopDomain, ShopStatus } from '../../domain/shop.js';
import type { InstallInput } from '../validation/operations.js';

export interface ShopStore {
  get(shop: ShopDomain): Promise<Shop | undefined>;
  /** Install or re-install: status installed, fresh scopes, needsReauth cleared. */
  markInstalled(shop: ShopDomain, input: InstallInput): Promise<Shop>;
  /** app/uninstalled; undefined (and nothing written) for a shop we never knew. */
  markUninstalled(shop: ShopDomain, at: string): Promise<Shop | undefined>;
  /** False when the shop is unknown. */
  setNeedsReauth(shop: ShopDomain, needsReauth: boolean): Promise<boolean>;
  /** Records Shopify's numeric shop id (digits); kept across re-installs. False when the shop is unknown. */
  setShopId(shop: ShopDomain, shopId: string): Promise<boolean>;
  /** Every known shop (for nightly jobs), optionally by status, ordered by domain. */
  list(filter?: { readonly status?: ShopStatus }): Promise<readonly Shop[]>;
}
