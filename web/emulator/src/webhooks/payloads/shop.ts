import type { ShopIdentity } from '../../state/types.js';
import { legacyId } from './legacy-id.js';

/**
 * app/uninstalled body: the REST Shop resource (https://shopify.dev/docs/api/admin-rest/latest/resources/shop).
 * Only the fields the emulated shop knows are filled; address and billing fields are left out.
 */
export function shopPayload(shop: ShopIdentity): Record<string, unknown> {
  return {
    id: legacyId(shop.id),
    name: shop.name,
    email: shop.email,
    domain: shop.domain,
    myshopify_domain: shop.domain,
    customer_email: shop.email,
    shop_owner: shop.name,
    currency: shop.currencyCode,
    enabled_presentment_currencies: [shop.currencyCode],
    iana_timezone: shop.ianaTimezone,
    primary_locale: shop.primaryLocale,
    plan_name: shop.plan.shopifyPlus ? 'shopify_plus' : 'basic',
    plan_display_name: shop.plan.displayName,
    has_storefront: true,
    checkout_api_supported: true,
  };
}
