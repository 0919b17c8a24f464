import type { ShopIdentity } from '../../state/types.js';
import { legacyId } from './legacy-id.js';

/**
 * Mandatory compliance webhook bodies, shaped as in
 * https://shopify.dev/docs/apps/build/compliance/privacy-law-compliance.
 */
export interface PrivacyCustomer {
  readonly id: string;
  readonly email: string;
  readonly phone: string | null;
}

const shopFields = (shop: ShopIdentity) => ({ shop_id: legacyId(shop.id), shop_domain: shop.domain });

const customerFields = (customer: PrivacyCustomer) => ({
  id: legacyId(customer.id),
  email: customer.email,
  phone: customer.phone,
});

export function customersDataRequestPayload(
  shop: ShopIdentity,
  customer: PrivacyCustomer,
  orderIds: readonly string[],
  dataRequestId: number,
): Record<string, unknown> {
  return {
    ...shopFields(shop),
    orders_requested: orderIds.map(legacyId),
    customer: customerFields(customer),
    data_request: { id: dataRequestId },
  };
}

export function customersRedactPayload(
  shop: ShopIdentity,
  customer: PrivacyCustomer,
  orderIds: readonly string[],
): Record<string, unknown> {
  return {
    ...shopFields(shop),
    customer: customerFields(customer),
    orders_to_redact: orderIds.map(legacyId),
  };
}

export function shopRedactPayload(shop: ShopIdentity): Record<string, unknown> {
  return shopFields(shop);
}
