import type { Shop, ShopStatus } from '../../domain/shop.js';
import type { ShopsTable } from '../database/schema.js';
import type { ShopStore } from '../ports/shop-store.js';
import { checkShop, validateInstall, validateShopId, validateTimestamp } from '../validation/index.js';
import type { SqlContext } from './context.js';

function shopFromRow(row: ShopsTable): Shop {
  return {
    domain: row.shop,
    status: row.status as ShopStatus,
    scopes: JSON.parse(row.scopes) as string[],
    installedAt: row.installed_at,
    uninstalledAt: row.uninstalled_at,
    needsReauth: row.needs_reauth === 1,
    shopId: row.shop_id,
  };
}

export function createSqlShopStore({ db }: SqlContext): ShopStore {
  const get = async (shop: string) => {
    const row = await db.selectFrom('shops').selectAll().where('shop', '=', shop).executeTakeFirst();
    return row === undefined ? undefined : shopFromRow(row);
  };
  return {
    get: (shop) => get(checkShop(shop)),

    async markInstalled(shop, input) {
      checkShop(shop);
      const { scopes, at } = validateInstall(input);
      const values = {
        status: 'installed',
        scopes: JSON.stringify(scopes),
        installed_at: at,
        uninstalled_at: null,
        needs_reauth: 0,
      };
      const row = await db
        .insertInto('shops')
        .values({ shop, ...values })
        .onConflict((oc) => oc.column('shop').doUpdateSet(values))
        .returningAll()
        .executeTakeFirstOrThrow();
      return shopFromRow(row);
    },

    async markUninstalled(shop, at) {
      checkShop(shop);
      const when = validateTimestamp('uninstall', 'at', at);
      await db
        .updateTable('shops')
        .set({ status: 'uninstalled', uninstalled_at: when })
        .where('shop', '=', shop)
        .execute();
      return get(shop);
    },

    async setNeedsReauth(shop, needsReauth) {
      checkShop(shop);
      const result = await db
        .updateTable('shops')
        .set({ needs_reauth: needsReauth ? 1 : 0 })
        .where('shop', '=', shop)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async setShopId(shop, shopId) {
      checkShop(shop);
      const id = validateShopId(shopId);
      const result = await db
        .updateTable('shops')
        .set({ shop_id: id })
        .where('shop', '=', shop)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async list(filter = {}) {
      let query = db.selectFrom('shops').selectAll();
      if (filter.status !== undefined) query = query.where('status', '=', filter.status);
      return (await query.orderBy('shop').execute()).map(shopFromRow);
    },
  };
}
