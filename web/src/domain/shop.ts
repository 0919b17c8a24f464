/** A shop's permanent `*.myshopify.com` domain: the tenant key every store query is scoped by. */
export type ShopDomain = string;

const SHOP_DOMAIN = /^[a-z0-9][a-z0-9-]{0,59}\.myshopify\.com$/;

/** True for a well-formed `name.myshopify.com` domain (lower case, as Shopify sends it). */
export function isShopDomain(value: unknown): value is ShopDomain {
  return typeof value === 'string' && SHOP_DOMAIN.test(value);
}

export const SHOP_STATUSES = ['installed', 'uninstalled'] as const;
export type ShopStatus = (typeof SHOP_STATUSES)[number];

export interface Shop {
  readonly domain: ShopDomain;
  readonly status: ShopStatus;
  /** Access scopes granted at the last install or re-auth. */
  readonly scopes: readonly string[];
  /** ISO-8601 UTC timestamp of the latest install. */
  readonly installedAt: string;
  readonly uninstalledAt: string | null;
  /** Set when Shopify answered 401/403: the merchant must open the app to grant a fresh token. */
  readonly needsReauth: boolean;
  /**
   * Shopify's numeric shop id (digits), recorded by the first sync: privacy and uninstall webhooks must name it.
   * Null until a sync has read it.
   */
  readonly shopId: string | null;
}
