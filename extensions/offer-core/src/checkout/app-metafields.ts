import { parseOfferList } from '../offer-list.js';
import type { PublishedOfferList } from '../types.js';
import { parseShopConfig } from './shop-config.js';
import { PROFILE_KEY } from '../profile/profile.js';
import type { OffersByProduct, ShopConfig } from './types.js';

/** Namespace and keys as declared in shopify.extension.toml; app-owned, so merchants and other apps cannot edit them. */
export const TANDEM_NAMESPACE = '$app:tandem';
export const OFFERS_KEY = 'offers';
export const CONFIG_KEY = 'config';

/** The structural shape of an `appMetafields` entry in both checkout API versions. */
export interface AppMetafieldEntryLike {
  readonly target: { readonly type: string; readonly id: string };
  readonly metafield: {
    readonly namespace: string;
    readonly key: string;
    readonly value: string | number | boolean;
  };
}

export interface TandemMetafields {
  readonly offersByProduct: OffersByProduct;
  /** The logged-in buyer's profile value as checkout hands it over (read with `readProfile`); undefined for guests. */
  readonly profile: unknown;
  /** Undefined when the shop config is missing or malformed (see `problems`). */
  readonly config: ShopConfig | undefined;
  /** One line per unreadable value, for a development warning; checkout itself never fails on them. */
  readonly problems: readonly string[];
}

/** API 2025-07 reports numeric owner ids, 2026-07 GIDs; the core speaks GIDs. */
export function productGid(id: string): string {
  return /^\d+$/.test(id) ? `gid://shopify/Product/${id}` : id;
}

/** Picks Tandem's values out of `appMetafields` and parses them; malformed values are skipped and reported. */
export function readTandemMetafields(entries: readonly AppMetafieldEntryLike[]): TandemMetafields {
  const offersByProduct = new Map<string, PublishedOfferList>();
  const problems: string[] = [];
  let config: ShopConfig | undefined;
  let profile: unknown;
  let sawConfig = false;
  for (const { target, metafield } of entries) {
    if (metafield.namespace !== TANDEM_NAMESPACE) continue;
    if (target.type === 'product' && metafield.key === OFFERS_KEY) {
      const parsed = parseOfferList(metafield.value);
      if (parsed.kind === 'ok') offersByProduct.set(productGid(target.id), parsed.list);
      else problems.push(`product ${target.id} ${TANDEM_NAMESPACE}.${OFFERS_KEY}: ${parsed.reason}`);
    } else if (target.type === 'customer' && metafield.key === PROFILE_KEY) {
      // Checkout resolves the customer target to the buyer of this checkout; guests have none.
      profile = metafield.value;
    } else if (target.type === 'shop' && metafield.key === CONFIG_KEY) {
      sawConfig = true;
      const parsed = parseShopConfig(metafield.value);
      if (parsed.kind === 'ok') config = parsed.config;
      else problems.push(`shop ${TANDEM_NAMESPACE}.${CONFIG_KEY}: ${parsed.reason}`);
    }
  }
  if (!sawConfig) problems.push(`shop ${TANDEM_NAMESPACE}.${CONFIG_KEY}: missing`);
  return { offersByProduct, config, profile, problems };
}
