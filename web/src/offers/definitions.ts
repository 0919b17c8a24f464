import type { AdminClient } from '../shopify/admin/client.js';
import {
  MetafieldDefinitionCreateDocument,
  type MetafieldOwnerType,
} from '../shopify/admin/generated/graphql.js';
import { ShopifyUserError } from '../errors.js';
import { CONFIG_KEY, OFFERS_KEY, PROFILE_KEY, TANDEM_NAMESPACE } from './metafields.js';

const DEFINITIONS: readonly {
  readonly ownerType: MetafieldOwnerType;
  readonly key: string;
  readonly name: string;
  readonly description: string;
  /** Whether the Storefront API may read it (checkout reads app metafields either way). */
  readonly storefront: 'PUBLIC_READ' | 'NONE';
}[] = [
  {
    ownerType: 'PRODUCT',
    key: OFFERS_KEY,
    name: 'Tandem offers',
    description: 'Cross-sells and upgrades Tandem shows in checkout for this product.',
    storefront: 'PUBLIC_READ',
  },
  {
    ownerType: 'SHOP',
    key: CONFIG_KEY,
    name: 'Tandem settings',
    description: 'Checkout settings Tandem publishes for its extension.',
    storefront: 'PUBLIC_READ',
  },
  {
    ownerType: 'CUSTOMER',
    key: PROFILE_KEY,
    name: 'Tandem buyer profile',
    description:
      'Products this customer bought recently (ids, days, counts), for offers that know the returning buyer. ' +
      'Written only while personalisation is on in Tandem.',
    // A customer's history is no storefront content; checkout reads it as an app metafield.
    storefront: 'NONE',
  },
];

/**
 * Creates the metafield definitions on install: typed JSON, readable by the Storefront API (checkout's
 * query) where checkout needs that, and read-only for the merchant in the admin. Re-running is safe: "already taken" counts as done.
 */
export async function ensureMetafieldDefinitions(client: AdminClient): Promise<{ readonly created: number }> {
  let created = 0;
  for (const definition of DEFINITIONS) {
    const { storefront, ...fields } = definition;
    const { data } = await client.request(MetafieldDefinitionCreateDocument, {
      definition: {
        ...fields,
        namespace: TANDEM_NAMESPACE,
        type: 'json',
        access: { admin: 'MERCHANT_READ', storefront },
      },
    });
    const errors = data.metafieldDefinitionCreate?.userErrors ?? [];
    if (errors.length === 0) created += 1;
    else if (!errors.every((error) => error.code === 'TAKEN')) {
      throw new ShopifyUserError(
        `metafieldDefinitionCreate ${definition.key}: ${errors.map((error) => error.message).join('; ')}`,
        errors,
      );
    }
  }
  return { created };
}
