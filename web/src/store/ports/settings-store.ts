import type { Settings } from '../../domain/settings.js';
import type { ShopDomain } from '../../domain/shop.js';
import type { SettingsPatch } from '../validation/settings.js';

export interface SettingsStore {
  /** The shop's settings, defaults for anything never set. */
  get(shop: ShopDomain): Promise<Settings>;
  /** Merges the patch (top level; `copy` is replaced whole), validates the result, stores and returns it. */
  put(shop: ShopDomain, patch: SettingsPatch): Promise<Settings>;
}
