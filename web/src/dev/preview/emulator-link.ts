import { createControlClient, type EmulatedOrder } from '@tandem/emulator';
import { STOREFRONT_API_VERSION } from '../../config.js';
import { UnavailableError } from '../../errors.js';
import { ShopInfoDocument } from '../../shopify/admin/generated/graphql.js';
import type {
  AppMetafieldEntry,
  CheckoutDiscounts,
  OrderLineInput,
  PreviewDeps,
  PreviewShop,
} from './types.js';

/**
 * Everything the preview asks of the emulated shop: its identity (through the app's own Admin access), the
 * published app metafields, the Storefront API and orders (through the control API).
 */
export interface EmulatorLink {
  shop(): Promise<PreviewShop>;
  storefront(body: {
    readonly query: string;
    readonly variables?: Record<string, unknown> | undefined;
  }): Promise<{ readonly status: number; readonly body: unknown }>;
  /** The products' offers, the shop's config and, for a logged-in buyer, their profile (customer metafield). */
  appMetafields(productIds: readonly string[], customerId?: string): Promise<AppMetafieldEntry[]>;
  /** A customer's published profile value, if any. */
  profile(customerId: string): Promise<string | undefined>;
  /** checkouts/create or checkouts/update, as the buyer's cart stands; answers what its discounts take off. */
  reportCheckout(input: {
    readonly checkoutToken: string;
    readonly lines: readonly { readonly variantId: string; readonly quantity: number }[];
  }): Promise<CheckoutDiscounts>;
  placeOrder(input: {
    readonly checkoutToken: string;
    readonly customerId?: string | undefined;
    readonly lines: readonly OrderLineInput[];
  }): Promise<EmulatedOrder>;
}

const NAMESPACE = '$app:tandem';

export function createEmulatorLink(deps: PreviewDeps): EmulatorLink {
  const control = deps.control ?? createControlClient(deps.emulatorUrl);
  let shopInfo: Promise<PreviewShop> | undefined;
  let storefrontToken: Promise<string> | undefined;

  async function loadShop(): Promise<PreviewShop> {
    const { shops } = await control.shops();
    const domain = shops[0];
    if (domain === undefined) throw new UnavailableError('The emulator has no shop');
    let client;
    try {
      client = await deps.adminClient(domain);
    } catch {
      throw new UnavailableError(`${domain} is not installed yet: wait until \`npm start\` prints "ready"`);
    }
    const { data } = await client.request(ShopInfoDocument, {});
    return { domain, id: data.shop.id, name: data.shop.name, currencyCode: data.shop.currencyCode };
  }
  const shop = (): Promise<PreviewShop> => {
    // A failure is not cached: the demo may simply not be installed yet.
    shopInfo ??= loadShop().catch((error: unknown) => {
      shopInfo = undefined;
      throw error;
    });
    return shopInfo;
  };

  async function metafield(
    domain: string,
    ownerId: string,
    key: string,
    type: AppMetafieldEntry['target']['type'],
  ): Promise<AppMetafieldEntry[]> {
    const found = await control.metafield({ shop: domain, ownerId, namespace: NAMESPACE, key });
    if (!found) return [];
    return [
      {
        target: { type, id: ownerId },
        metafield: {
          namespace: NAMESPACE,
          key,
          value: found.value,
          type: found.type,
          valueType: 'json_string',
        },
      },
    ];
  }

  return {
    shop,
    async storefront(body) {
      const { domain } = await shop();
      storefrontToken ??= control
        .storefrontToken({ shop: domain, kind: 'private' })
        .then(({ token }) => token);
      const response = await fetch(
        `${deps.emulatorUrl}/shops/${domain}/api/${STOREFRONT_API_VERSION}/graphql.json`,
        {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'Shopify-Storefront-Private-Token': await storefrontToken,
          },
          body: JSON.stringify(body),
        },
      );
      return { status: response.status, body: await response.json() };
    },
    async appMetafields(productIds, customerId) {
      const { domain, id } = await shop();
      const lists = await Promise.all(
        productIds.map((productId) => metafield(domain, productId, 'offers', 'product')),
      );
      // Checkout resolves the customer target to this checkout's buyer; guests have none.
      const profile =
        customerId === undefined ? [] : await metafield(domain, customerId, 'profile', 'customer');
      return [...lists.flat(), ...(await metafield(domain, id, 'config', 'shop')), ...profile];
    },
    async profile(customerId) {
      const { domain } = await shop();
      const found = await control.metafield({
        shop: domain,
        ownerId: customerId,
        namespace: NAMESPACE,
        key: 'profile',
      });
      return found?.value;
    },
    async reportCheckout({ checkoutToken, lines }) {
      const { domain } = await shop();
      const checkout = await control.checkout({
        shop: domain,
        token: checkoutToken,
        lines: lines.map(({ variantId, quantity }) => ({ variantId, quantity })),
      });
      return {
        currencyCode: checkout.currencyCode,
        lines: checkout.lineItems.map((line) => ({
          variantId: line.variantId ?? '',
          original: Number(line.originalUnitPrice) * line.quantity,
          discounted: Number(line.discountedTotal),
          discounts: (line.discountAllocations ?? []).map(({ title, amount }) => ({
            title,
            amount: Number(amount),
          })),
        })),
      };
    },
    async placeOrder({ checkoutToken, customerId, lines }) {
      const { domain } = await shop();
      const order = await control.createOrder({
        shop: domain,
        checkoutToken,
        ...(customerId === undefined ? {} : { customerId }),
        lines: lines.map(({ variantId, quantity, attributes }) => ({
          variantId,
          quantity,
          customAttributes: attributes.map(({ key, value }) => ({ key, value })),
        })),
      });
      await deps.onOrder(domain, order);
      return order;
    },
  };
}
