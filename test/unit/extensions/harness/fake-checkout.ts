// The extension tests' checkout: state a test sets up, the shared checkout fake's `shopify` API over it (Shopify's
// own types, web/src/dev/checkout-fake), and a record of every call the extension makes. Shopify is faked only at
// this boundary.
import type { CartLine, CartLineChange, CartLineChangeResult } from '@shopify/ui-extensions/checkout';
import {
  checkoutApi,
  type CheckoutHost,
  type FakeCheckoutApi,
} from '@tandem/web/dev/checkout-fake/checkout-api';
import {
  cartInstructions,
  cartLine,
  countryOf,
  currencyOf,
  jsonMetafieldEntry,
  mapStorage,
} from '@tandem/web/dev/checkout-fake/entries';
import { createSignal, type WritableSignal } from '@tandem/web/dev/checkout-fake/signal';
import { buildCatalog, configValue, gid, storefrontNodes, RATES, type CatalogVariant } from './fixtures.js';
import { extensionI18n } from './fake-i18n.js';
import { storefrontProblems } from './storefront-schema.js';

type LineAttributes = readonly { readonly key: string; readonly value: string }[];

export interface FakeCheckoutOptions {
  readonly cart?: readonly {
    readonly variant: number;
    readonly quantity?: number;
    readonly attributes?: LineAttributes;
  }[];
  /** Product number → metafield value for `$app:tandem`/`offers` (undefined = none). */
  readonly offers?: ReadonlyMap<number, string>;
  /** Shop `$app:tandem`/`config`; undefined means not published. */
  readonly config?: string | undefined;
  /** The logged-in buyer's `$app:tandem`/`profile` (customer metafield); undefined: a guest. */
  readonly profile?: string | undefined;
  readonly settings?: Record<string, string | number | boolean | undefined>;
  readonly locale?: string;
  readonly currency?: string;
  readonly country?: string;
  readonly canAddCartLine?: boolean;
  readonly canUpdateCartLine?: boolean;
  readonly checkoutToken?: string;
  readonly editor?: boolean;
  /** Development build (extension.version undefined): diagnostics reach console.warn. */
  readonly dev?: boolean;
  /** API 2025-07 reports numeric metafield owner ids, 2026-07 GIDs. */
  readonly idStyle?: 'gid' | 'numeric';
  readonly storage?: Map<string, unknown>;
  readonly catalog?: Map<string, CatalogVariant>;
  /** The cart line the line target renders under (index into `cart`). */
  readonly targetLine?: number;
}

export interface FakeCheckout {
  readonly api: FakeCheckoutApi;
  readonly lines: WritableSignal<CartLine[]>;
  readonly queries: { query: string; variables: Record<string, unknown> }[];
  readonly changes: CartLineChange[];
  readonly published: { name: string; data: Record<string, unknown> }[];
  readonly storage: Map<string, unknown>;
  /** Next cart-change results, consumed in order; success when empty. */
  readonly changeResults: CartLineChangeResult[];
  /** Hold Storefront answers until `releaseQueries()` (to observe Loading). */
  holdQueries(): void;
  releaseQueries(): void;
}

const NAMESPACE = '$app:tandem';
export const SHOP = {
  id: 'gid://shopify/Shop/1',
  name: 'Coffee',
  myshopifyDomain: 'coffee.myshopify.com',
  storefrontUrl: 'https://coffee.example/',
};
export const BUYER_ID = 'gid://shopify/Customer/7';

export function createFakeCheckout(options: FakeCheckoutOptions = {}): FakeCheckout {
  const catalog = options.catalog ?? buildCatalog();
  const locale = options.locale ?? 'en-US';
  const currency = options.currency ?? 'USD';
  const offers = options.offers ?? new Map<number, string>();
  const storage = options.storage ?? new Map<string, unknown>();
  const queries: FakeCheckout['queries'] = [];
  const changes: CartLineChange[] = [];
  const published: FakeCheckout['published'] = [];
  const changeResults: CartLineChangeResult[] = [];
  let held: (() => void)[] | undefined;
  let nextLine = 1;

  const lineFor = (
    variantId: string,
    quantity: number,
    attributes: LineAttributes,
    id = `gid://shopify/CartLine/${nextLine++}`,
  ): CartLine => {
    const entry = catalog.get(variantId);
    if (!entry) throw new Error(`fake checkout: unknown variant ${variantId}`);
    return cartLine({
      id,
      variantId,
      productTitle: entry.productTitle,
      variantTitle: entry.title,
      productId: entry.productId,
      quantity,
      totalAmount: Math.round(entry.eur * (RATES[currency] ?? 1) * quantity * 100) / 100,
      currencyCode: currency,
      attributes,
    });
  };
  const lines = createSignal<CartLine[]>(
    (options.cart ?? []).map((line) =>
      lineFor(gid.variant(line.variant), line.quantity ?? 1, line.attributes ?? []),
    ),
  );
  const ownerId = (id: string): string => (options.idStyle === 'numeric' ? id.replace(/\D+/g, '') : id);
  const metafieldsFor = (cart: readonly CartLine[]) => {
    const products = [...new Set(cart.map((line) => line.merchandise.product.id))];
    const entries = products.flatMap((productId) => {
      const value = offers.get(Number(productId.replace(/\D+/g, '')));
      return value === undefined
        ? []
        : [jsonMetafieldEntry({ type: 'product', id: ownerId(productId) }, NAMESPACE, 'offers', value)];
    });
    const config = 'config' in options ? options.config : configValue();
    if (config !== undefined)
      entries.push(jsonMetafieldEntry({ type: 'shop', id: SHOP.id }, NAMESPACE, 'config', config));
    if (options.profile !== undefined)
      entries.push(
        jsonMetafieldEntry(
          { type: 'customer', id: ownerId(BUYER_ID) },
          NAMESPACE,
          'profile',
          options.profile,
        ),
      );
    return entries;
  };
  const appMetafields = createSignal(metafieldsFor(lines.value));
  lines.subscribe((cart) => appMetafields.set(metafieldsFor(cart)));
  // The line target's line; a line that is gone keeps its last value (checkout removes its frame).
  const targetIndex = options.targetLine ?? 0;
  const first = lines.value[targetIndex];
  const target = first && createSignal(first);
  lines.subscribe((cart) => {
    if (target)
      target.set(cart.find((line) => line.id === target.value.id) ?? cart[targetIndex] ?? target.value);
  });

  const applyChange = (change: CartLineChange): void => {
    if (change.type === 'addCartLine')
      lines.set([...lines.value, lineFor(change.merchandiseId, change.quantity, change.attributes ?? [])]);
    if (change.type === 'updateCartLine') {
      lines.set(
        lines.value.map((line) =>
          line.id === change.id
            ? lineFor(
                change.merchandiseId ?? line.merchandise.id,
                change.quantity ?? line.quantity,
                change.attributes ?? line.attributes,
                line.id,
              )
            : line,
        ),
      );
    }
  };

  const host: CheckoutHost = {
    shop: SHOP,
    lines,
    appMetafields,
    settings: createSignal(options.settings ?? {}),
    instructions: createSignal(
      cartInstructions({
        canAddCartLine: options.canAddCartLine ?? true,
        canUpdateCartLine: options.canUpdateCartLine ?? true,
        canRemoveCartLine: true,
      }),
    ),
    checkoutToken: createSignal<string | undefined>(options.checkoutToken ?? 'c1a2b3c4d5e6f7a8b9c0'),
    localization: {
      language: createSignal({ isoCode: locale }),
      country: createSignal(options.country === undefined ? undefined : countryOf(options.country)),
      currency: createSignal(currencyOf(currency)),
    },
    i18n: extensionI18n(locale, currency),
    storage: mapStorage(storage),
    async query(query, variables) {
      queries.push({ query, variables });
      if (held) await new Promise<void>((resolve) => held?.push(resolve));
      const problems = storefrontProblems(query);
      if (problems.length > 0) return { errors: problems.map((message) => ({ message })) };
      return { data: storefrontNodes(catalog, (variables.ids as string[] | undefined) ?? [], currency) };
    },
    async applyCartLinesChange(change) {
      changes.push(structuredClone(change));
      const result = changeResults.shift() ?? { type: 'success' };
      if (result.type === 'success') applyChange(change);
      return result;
    },
    publish(name, data) {
      published.push({ name, data: structuredClone(data) });
    },
  };
  const api = checkoutApi(host, {
    target: 'purchase.checkout.block.render',
    ...(target ? { line: target } : {}),
    ...(options.dev ? {} : { version: '1.0.0' }),
    ...(options.editor ? { editor: true } : {}),
  });
  return {
    api,
    lines,
    queries,
    changes,
    published,
    storage,
    changeResults,
    holdQueries: () => void (held = []),
    releaseQueries() {
      const waiting = held ?? [];
      held = undefined;
      waiting.forEach((resolve) => resolve());
    },
  };
}
