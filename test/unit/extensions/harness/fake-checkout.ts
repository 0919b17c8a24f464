// A fake checkout for the view harness: state a test sets up, an API object shaped like both checkout API
// versions, and a record of every call the extension makes. Shopify is faked only at this boundary.
import { buildCatalog, configValue, gid, storefrontNodes, type CatalogVariant } from './fixtures.js';
import { fakeI18n, loadTranslations } from './fake-i18n.js';
import { fakeSignal, type FakeSignal } from './fake-signal.js';
import { storefrontProblems } from './storefront-schema.js';

export interface FakeLine {
  readonly id: string;
  readonly merchandise: {
    readonly id: string;
    readonly title: string;
    readonly subtitle: string;
    readonly product: { readonly id: string };
  };
  readonly quantity: number;
  readonly cost: { readonly totalAmount: { readonly amount: number; readonly currencyCode: string } };
  readonly attributes: readonly { readonly key: string; readonly value: string }[];
}

type ChangeResult = { type: 'success' } | { type: 'error'; message: string };

export interface FakeCheckoutOptions {
  readonly cart?: readonly {
    readonly variant: number;
    readonly quantity?: number;
    readonly attributes?: FakeLine['attributes'];
  }[];
  /** Product number → metafield value for `$app:tandem`/`offers` (undefined = none). */
  readonly offers?: ReadonlyMap<number, string>;
  /** Shop `$app:tandem`/`config`; undefined means not published. */
  readonly config?: string | undefined;
  readonly settings?: Record<string, unknown>;
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
  readonly api: Record<string, unknown>;
  readonly lines: FakeSignal<FakeLine[]>;
  readonly queries: { query: string; variables: Record<string, unknown> }[];
  readonly changes: unknown[];
  readonly published: { name: string; data: Record<string, unknown> }[];
  readonly storage: Map<string, unknown>;
  /** Next cart-change results, consumed in order; success when empty. */
  readonly changeResults: ChangeResult[];
  /** Hold Storefront answers until `releaseQueries()` (to observe Loading). */
  holdQueries(): void;
  releaseQueries(): void;
}

export function createFakeCheckout(options: FakeCheckoutOptions = {}): FakeCheckout {
  const catalog = options.catalog ?? buildCatalog();
  const locale = options.locale ?? 'en-US';
  const currency = options.currency ?? 'USD';
  const offers = options.offers ?? new Map<number, string>();
  const storage = options.storage ?? new Map<string, unknown>();
  const queries: FakeCheckout['queries'] = [];
  const changes: unknown[] = [];
  const published: FakeCheckout['published'] = [];
  const changeResults: ChangeResult[] = [];
  let held: (() => void)[] | undefined;
  let nextLine = 1;

  const lineFor = (
    variantId: string,
    quantity: number,
    attributes: FakeLine['attributes'],
    id = `gid://shopify/CartLine/${nextLine++}`,
  ): FakeLine => {
    const entry = catalog.get(variantId);
    if (!entry) throw new Error(`fake checkout: unknown variant ${variantId}`);
    const rate = { EUR: 1, NOK: 10, USD: 1.2 }[currency] ?? 1;
    return {
      id,
      merchandise: {
        id: variantId,
        title: entry.productTitle,
        subtitle: entry.title,
        product: { id: entry.productId },
      },
      quantity,
      cost: {
        totalAmount: { amount: Math.round(entry.eur * rate * quantity * 100) / 100, currencyCode: currency },
      },
      attributes,
    };
  };
  const lines = fakeSignal<FakeLine[]>(
    (options.cart ?? []).map((line) =>
      lineFor(gid.variant(line.variant), line.quantity ?? 1, line.attributes ?? []),
    ),
  );
  const ownerId = (productId: string): string =>
    options.idStyle === 'numeric' ? productId.replace(/\D+/g, '') : productId;
  const metafieldsFor = (cart: readonly FakeLine[]): unknown[] => {
    const products = [...new Set(cart.map((line) => line.merchandise.product.id))];
    const entries: unknown[] = products.flatMap((productId) => {
      const value = offers.get(Number(productId.replace(/\D+/g, '')));
      return value === undefined
        ? []
        : [
            {
              target: { type: 'product', id: ownerId(productId) },
              metafield: {
                namespace: '$app:tandem',
                key: 'offers',
                value,
                valueType: 'json_string',
                type: 'json',
              },
            },
          ];
    });
    const config = 'config' in options ? options.config : configValue();
    if (config !== undefined)
      entries.push({
        target: { type: 'shop', id: 'gid://shopify/Shop/1' },
        metafield: {
          namespace: '$app:tandem',
          key: 'config',
          value: config,
          valueType: 'json_string',
          type: 'json',
        },
      });
    return entries;
  };
  const appMetafields = fakeSignal(metafieldsFor(lines.value));
  lines.subscribe((cart) => appMetafields.set(metafieldsFor(cart)));
  const targetIndex = options.targetLine ?? 0;
  const target = fakeSignal(lines.value[targetIndex]);
  lines.subscribe((cart) =>
    target.set(cart.find((line) => line.id === target.value?.id) ?? cart[targetIndex]),
  );

  const applyChange = (change: {
    type: string;
    id?: string;
    merchandiseId?: string;
    quantity?: number;
    attributes?: FakeLine['attributes'];
  }): void => {
    if (change.type === 'addCartLine' && change.merchandiseId)
      lines.set([
        ...lines.value,
        lineFor(change.merchandiseId, change.quantity ?? 1, change.attributes ?? []),
      ]);
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

  const api: Record<string, unknown> = {
    lines,
    appMetafields,
    target,
    settings: fakeSignal(options.settings ?? {}),
    instructions: fakeSignal({
      lines: {
        canAddCartLine: options.canAddCartLine ?? true,
        canUpdateCartLine: options.canUpdateCartLine ?? true,
        canRemoveCartLine: true,
      },
    }),
    checkoutToken: fakeSignal(options.checkoutToken ?? 'c1a2b3c4d5e6f7a8b9c0'),
    localization: {
      language: fakeSignal({ isoCode: locale }),
      extensionLanguage: fakeSignal({ isoCode: locale }),
      country: fakeSignal(options.country === undefined ? undefined : { isoCode: options.country }),
      currency: fakeSignal({ isoCode: currency }),
    },
    i18n: fakeI18n(locale, currency, loadTranslations(locale)),
    extension: {
      editor: options.editor ? { type: 'checkout' } : undefined,
      version: options.dev ? undefined : '1.0.0',
      target: 'fake',
      apiVersion: 'fake',
    },
    shop: {
      id: 'gid://shopify/Shop/1',
      name: 'Coffee',
      myshopifyDomain: 'coffee.myshopify.com',
      storefrontUrl: 'https://coffee.example/',
    },
    async query(query: string, request: { variables?: Record<string, unknown> } = {}) {
      const variables = request.variables ?? {};
      queries.push({ query, variables });
      if (held) await new Promise<void>((resolve) => held?.push(resolve));
      const problems = storefrontProblems(query);
      if (problems.length > 0) return { errors: problems.map((message) => ({ message })) };
      return { data: storefrontNodes(catalog, (variables.ids as string[] | undefined) ?? [], currency) };
    },
    async applyCartLinesChange(change: Parameters<typeof applyChange>[0]) {
      changes.push(structuredClone(change));
      const result = changeResults.shift() ?? { type: 'success' };
      if (result.type === 'success') applyChange(change);
      return result;
    },
    analytics: {
      async publish(name: string, data: Record<string, unknown>) {
        published.push({ name, data: structuredClone(data) });
        return true;
      },
    },
    storage: {
      async read(key: string) {
        return storage.has(key) ? structuredClone(storage.get(key)) : null;
      },
      async write(key: string, value: unknown) {
        storage.set(key, structuredClone(value));
      },
      async delete(key: string) {
        storage.delete(key);
      },
    },
    setSignals() {
      // API 2026-07's Preact bridge; the fake's signals are already subscribable.
    },
  };
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
