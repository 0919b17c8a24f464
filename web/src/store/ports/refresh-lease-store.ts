import type { ShopDomain } from '../../domain/shop.js';

/**
 * A per-shop lease that makes refreshing a shop's offline token one-at-a-time across processes (a refresh
 * token is single-use). A lease nobody releases (its holder crashed) lapses after its time to live.
 */
export interface RefreshLeaseStore {
  /** Takes the shop's lease for `holder` if it is free or has lapsed; false when another holder has it. */
  tryAcquire(shop: ShopDomain, holder: string, ttlMs: number): Promise<boolean>;
  /** Gives the lease back if `holder` still has it (a lapsed lease taken over by another stays theirs). */
  release(shop: ShopDomain, holder: string): Promise<void>;
}
