import { HOLDOUT_OVERRIDES, type EffectiveSettings, type HoldoutOverride, type ShopConfig } from './types.js';

/** Keys of the extension settings declared in shopify.extension.toml (all optional). */
export const SETTING_KEYS = {
  heading: 'heading',
  maxOffers: 'max_offers',
  showReasons: 'show_reasons',
  showUpgrades: 'show_upgrades',
  showImages: 'show_images',
  priceCapPct: 'price_cap_pct',
  holdout: 'holdout',
} as const;

const MAX_OFFERS_LIMIT = 3;

function toNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

function toBoolean(value: unknown, fallback: boolean): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return fallback;
}

/**
 * Merges the merchant's per-placement extension settings over the shop config. Settings arrive untyped
 * (strings from the editor, or unset); anything unusable falls back to the shop config, never throws.
 * At most 3 cross-sells are ever shown, whatever is configured: the block must stay quiet.
 */
export function resolveSettings(raw: Readonly<Record<string, unknown>>, shop: ShopConfig): EffectiveSettings {
  const heading =
    typeof raw[SETTING_KEYS.heading] === 'string' ? (raw[SETTING_KEYS.heading] as string).trim() : '';
  const maxOffers = toNumber(raw[SETTING_KEYS.maxOffers]) ?? shop.maxOffers;
  const priceCapPct = toNumber(raw[SETTING_KEYS.priceCapPct]);
  const holdout = raw[SETTING_KEYS.holdout];
  return {
    heading: heading === '' ? undefined : heading,
    maxOffers: Math.max(0, Math.min(MAX_OFFERS_LIMIT, Math.floor(maxOffers))),
    showReasons: toBoolean(raw[SETTING_KEYS.showReasons], true),
    showUpgrades: shop.showUpgrades && toBoolean(raw[SETTING_KEYS.showUpgrades], true),
    showImages: toBoolean(raw[SETTING_KEYS.showImages], true),
    priceCapPct: priceCapPct !== undefined && priceCapPct > 0 ? priceCapPct : shop.priceCapPct,
    maxUpgradeDeltaPct: shop.maxUpgradeDeltaPct,
    holdout: (HOLDOUT_OVERRIDES as readonly unknown[]).includes(holdout)
      ? (holdout as HoldoutOverride)
      : 'auto',
  };
}
