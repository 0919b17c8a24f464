import { serializeShopConfig, type ShopConfig } from '@tandem/offer-core';
import type { Settings } from '../domain/settings.js';
import { assertNoUserErrors, type AdminClient } from '../shopify/admin/client.js';
import { MetafieldsSetDocument, ShopInfoDocument } from '../shopify/admin/generated/graphql.js';
import { CONFIG_KEY, TANDEM_NAMESPACE } from './metafields.js';

/**
 * The shop's settings as checkout reads them. The holdout salt is the shop domain: stable for the shop's
 * life, so the backend recomputes every order's arm from its checkout token exactly as checkout decided it.
 */
export function toShopConfig(shop: string, settings: Settings): ShopConfig {
  return {
    version: 1,
    holdoutShare: settings.holdoutPct / 100,
    salt: shop,
    maxOffers: settings.maxOffers,
    priceCapPct: settings.priceCapPct,
    maxUpgradeDeltaPct: settings.upgradeBudgetPct,
    showUpgrades: settings.showUpgrades,
    // Superseded by the dismissal cap below: a per-offer "No thanks" limit, counted in the buyer's own browser.
    frequencyCap: 0,
    dismissLimit: settings.dismissLimit,
    dismissDays: settings.dismissDays,
    copy: settings.copy,
  };
}

/** Writes `$app:tandem`/`config` on the shop; checkout picks it up on the next render. */
export async function publishShopConfig(
  client: AdminClient,
  shop: string,
  settings: Settings,
): Promise<{ readonly value: string }> {
  const { data: info } = await client.request(ShopInfoDocument, {});
  const value = serializeShopConfig(toShopConfig(shop, settings));
  const { data } = await client.request(MetafieldsSetDocument, {
    metafields: [
      { ownerId: info.shop.id, namespace: TANDEM_NAMESPACE, key: CONFIG_KEY, type: 'json', value },
    ],
  });
  assertNoUserErrors('metafieldsSet', data.metafieldsSet?.userErrors ?? []);
  return { value };
}
