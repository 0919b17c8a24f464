import type { SettingsStore } from '../ports/settings-store.js';
import { applySettingsPatch, effectiveSettings } from '../shared/merge-settings.js';
import { checkShop } from '../validation/index.js';
import type { MemoryTables } from './tables.js';

export function createMemorySettingsStore(tables: MemoryTables): SettingsStore {
  return {
    async get(shop) {
      return effectiveSettings(tables.settings.get(checkShop(shop)));
    },
    async put(shop, patch) {
      checkShop(shop);
      const { overrides, settings } = applySettingsPatch(tables.settings.get(shop) ?? {}, patch);
      // Through JSON, like the SQL payload column: the caller's objects are not kept.
      tables.settings.set(shop, JSON.parse(JSON.stringify(overrides)) as typeof overrides);
      return settings;
    },
  };
}
