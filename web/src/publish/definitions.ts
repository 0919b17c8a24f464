import type { AdminClient } from '../shopify/admin/client.js';
import {
  MetafieldDefinitionCreateDocument,
  type MetafieldOwnerType,
} from '../shopify/admin/generated/graphql.js';
import { ShopifyUserError } from '../errors.js';
import { CONFIG_KEY, OFFERS_KEY, TANDEM_NAMESPACE } from './metafields.js';

const DEFINITIONS: readonly {
  readonly ownerType: MetafieldOwnerType;
  readonly key: string;
  readonly name: string;
  readonly description: string;
}[] = [
  {
    ownerType: 'PRODUCT',
    key: OFFERS_KEY,
    name: 'Tandem offers',
    description: 'Cross-sells and upgrades Tandem shows in checkout for this product.',
  },
  {
    ownerType: 'SHOP',
    key: CONFIG_KEY,
    name: 'Tandem settings',
    description: 'Checkout settings Tandem publishes for its extension.',
  },
];

/**
 * Creates the metafield definitions on install: typed JSON, readable by the Storefront API (checkout's
 * query) and read-only for the merchant in the admin. Re-running is safe: "already taken" counts as done.
 */
export async function ensureMetafieldDefinitions(client: AdminClient): Promise<{ readonly created: number }> {
  let created = 0;
  for (const definition of DEFINITIONS) {
    const { data } = await client.request(MetafieldDefinitionCreateDocument, {
      definition: {
        ...definition,
        namespace: TANDEM_NAMESPACE,
        type: 'json',
        access: { admin: 'MERCHANT_READ', storefront: 'PUBLIC_READ' },
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
