import type { ShopStore } from '../ports/shop-store.js';
import { checkShop, validateInstall, validateShopId, validateTimestamp } from '../validation/index.js';
import { byText, type MemoryTables } from './tables.js';

export function createMemoryShopStore(tables: MemoryTables): ShopStore {
  return {
    async get(shop) {
      return tables.shops.get(checkShop(shop));
    },

    async markInstalled(shop, input) {
      checkShop(shop);
      const { scopes, at } = validateInstall(input);
      const installed = {
        domain: shop,
        status: 'installed',
        scopes,
        installedAt: at,
        uninstalledAt: null,
        needsReauth: false,
        shopId: tables.shops.get(shop)?.shopId ?? null,
      } as const;
      tables.shops.set(shop, installed);
      return installed;
    },

    async markUninstalled(shop, at) {
      checkShop(shop);
      const when = validateTimestamp('uninstall', 'at', at);
      const current = tables.shops.get(shop);
      if (current === undefined) return undefined;
      const next = { ...current, status: 'uninstalled' as const, uninstalledAt: when };
      tables.shops.set(shop, next);
      return next;
    },

    async setNeedsReauth(shop, needsReauth) {
      checkShop(shop);
      const current = tables.shops.get(shop);
      if (current === undefined) return false;
      tables.shops.set(shop, { ...current, needsReauth });
      return true;
    },

    async setShopId(shop, shopId) {
      checkShop(shop);
      const id = validateShopId(shopId);
      const current = tables.shops.get(shop);
      if (current === undefined) return false;
      tables.shops.set(shop, { ...current, shopId: id });
      return true;
    },

    async list(filter = {}) {
      return [...tables.shops.values()]
        .filter((shop) => filter.status === undefined || shop.status === filter.status)
        .sort((a, b) => byText(a.domain, b.domain));
    },
  };
}
