import type { SettingsStore } from '../ports/settings-store.js';
import { applySettingsPatch, effectiveSettings } from '../shared/merge-settings.js';
import { checkShop, type SettingsPatch } from '../validation/index.js';
import { nowIso, type SqlContext } from './context.js';

export function createSqlSettingsStore(context: SqlContext): SettingsStore {
  const { db } = context;
  return {
    async get(shop) {
      checkShop(shop);
      const row = await db
        .selectFrom('settings')
        .select('payload')
        .where('shop', '=', shop)
        .executeTakeFirst();
      return effectiveSettings(row === undefined ? undefined : (JSON.parse(row.payload) as SettingsPatch));
    },

    async put(shop, patch) {
      checkShop(shop);
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('settings')
          .select('payload')
          .where('shop', '=', shop)
          .executeTakeFirst();
        const current = row === undefined ? {} : (JSON.parse(row.payload) as SettingsPatch);
        const { overrides, settings } = applySettingsPatch(current, patch);
        const values = { payload: JSON.stringify(overrides), updated_at: nowIso(context) };
        await trx
          .insertInto('settings')
          .values({ shop, ...values })
          .onConflict((oc) => oc.column('shop').doUpdateSet(values))
          .execute();
        return settings;
      });
    },
  };
}
