/**
 * JSON shapes of the preview API (/preview/api/*), shared by the server and the browser client (web/preview).
 * No imports: the browser project compiles this file too.
 */

/** The demo shop as the preview shows it. */
export interface PreviewShop {
  readonly domain: string;
  /** Shop GID: owner of the `$app:tandem`/`config` metafield. */
  readonly id: string;
  readonly name: string;
  readonly currencyCode: string;
}

/** A product of the demo catalog as the preview's cart editor lists it (shop currency, major units). */
export interface PreviewProduct {
  readonly id: string;
  readonly title: string;
  readonly productType: string;
  readonly variants: readonly {
    readonly id: string;
    readonly title: string;
    readonly price: number;
    readonly available: boolean;
  }[];
}

/** A ready-made cart line: a product with bought-together offers and a next tier to upgrade to. */
export interface SampleLine {
  readonly productId: string;
  readonly variantId: string;
  readonly title: string;
  /** Cross-sells bought together with it, by the published list. */
  readonly crossSells: number;
}

/**
 * A returning customer of the demo shop the preview can check out as: checkout then hands the extension their
 * `$app:tandem`/`profile` customer metafield, as Shopify does for a logged-in buyer. No name or email: the label says
 * what the profile holds.
 */
export interface PreviewCustomer {
  /** Customer GID: owner of the profile metafield. */
  readonly id: string;
  readonly label: string;
  /** Orders the profile was built from. */
  readonly orders: number;
  /** Products they buy again (a repeat interval is known), which checkout may offer as "Buy again". */
  readonly repeatProducts: number;
  /** A one-line cart on which checkout shows them a "Buy again", when one was found: the preview opens it. */
  readonly cart?: SwitchCart;
}

/** A one-line cart the buyer switch suggests. */
export interface SwitchCart {
  readonly productId: string;
  readonly variantId: string;
  readonly title: string;
}

/** An `appMetafields` entry as checkout hands it to the extension (API 2026-07 shape). */
export interface AppMetafieldEntry {
  readonly target: { readonly type: 'product' | 'shop' | 'customer'; readonly id: string };
  readonly metafield: {
    readonly namespace: string;
    readonly key: string;
    readonly value: string;
    readonly type: string;
    readonly valueType: 'json_string';
  };
}

export interface PlacedOrder {
  readonly id: string;
  readonly name: string;
  readonly subtotalPrice: string;
  readonly currencyCode: string;
}

export interface OrderLineInput {
  readonly variantId: string;
  readonly quantity: number;
  readonly attributes: readonly { readonly key: string; readonly value: string }[];
}

/**
 * What the emulated shop's automatic discounts took off each line of a reported checkout, in the shop currency,
 * in cart order: the order summary shows them as checkout does.
 */
export interface CheckoutDiscounts {
  readonly currencyCode: string;
  readonly lines: readonly {
    readonly variantId: string;
    /** Line total before and after the discounts. */
    readonly original: number;
    readonly discounted: number;
    readonly discounts: readonly { readonly title: string; readonly amount: number }[];
  }[];
}
