import type { ShopStore } from '../../store/ports/shop-store.js';

export interface InstalledShops {
  isInstalled(shop: string): Promise<boolean>;
}

/**
 * Whether a shop has the app installed, remembered for `ttlMs` (both answers: a flood naming unknown shops
 * must not become a flood of database reads). An uninstall is noticed within the TTL. Bounded in size.
 */
export function cachedInstalledShops(
  shops: Pick<ShopStore, 'get'>,
  options: { readonly now: () => number; readonly ttlMs?: number; readonly maxEntries?: number },
): InstalledShops {
  const ttlMs = options.ttlMs ?? 30_000;
  const maxEntries = options.maxEntries ?? 10_000;
  const cache = new Map<string, { installed: boolean; until: number }>();
  return {
    async isInstalled(shop) {
      const now = options.now();
      const cached = cache.get(shop);
      if (cached && cached.until > now) return cached.installed;
      const installed = (await shops.get(shop))?.status === 'installed';
      cache.delete(shop);
      cache.set(shop, { installed, until: now + ttlMs });
      if (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
      return installed;
    },
  };
}
