import { serializeShopConfig } from '@tandem/offer-core';
import type { ConfigStatus } from '../../api-contract/index.js';
import type { Settings } from '../../domain/settings.js';
import { AppError } from '../../errors.js';
import { toShopConfig } from '../../offers/publish-config.js';
import { CONFIG_KEY, TANDEM_NAMESPACE } from '../../offers/metafields.js';
import type { AdminClient } from '../../shopify/admin/client.js';
import { ShopAppMetafieldDocument } from '../../shopify/admin/generated/graphql.js';

/** A failure as the merchant reads it: our errors say what happened; anything else stays in the log. */
export function plainFailure(error: unknown, action: string): string {
  const detail = error instanceof AppError && error.expose ? `: ${error.message}` : '';
  return `Could not ${action}${detail}. Try again in a minute.`;
}

/**
 * Whether checkout already reads `settings`: the shop config metafield is compared with the value these settings
 * publish (byte for byte: serialisation is canonical), so the answer is true even after a restart.
 */
export async function configStatus(
  client: AdminClient,
  shop: string,
  settings: Settings,
): Promise<ConfigStatus> {
  const { data } = await client.request(ShopAppMetafieldDocument, {
    namespace: TANDEM_NAMESPACE,
    key: CONFIG_KEY,
  });
  const metafield = data.shop.metafield;
  if (metafield?.value !== serializeShopConfig(toShopConfig(shop, settings))) return { kind: 'pending' };
  return { kind: 'live', since: metafield.updatedAt };
}
