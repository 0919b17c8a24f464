import type {
  AppMetafieldEntry,
  CartInstructions,
  CartLine,
  CartLineChange,
  CartLineChangeResult,
  Country,
  ExtensionSettings,
  I18n,
  Shop,
} from '@shopify/ui-extensions/checkout';
import { cartInstructions, cartLine, countryOf, currencyOf } from '../../../src/dev/checkout-fake/entries.js';
import type { CheckoutHost } from '../../../src/dev/checkout-fake/checkout-api.js';
import { createI18n, type Translations } from '../../../src/dev/checkout-fake/i18n.js';
import { createSignal, type WritableSignal } from '../../../src/dev/checkout-fake/signal.js';
import type { PreviewShop } from '../shared/preview-api.js';
import { previewApi } from '../shared/preview-api.js';
import type { AnalyticsBus } from './analytics.js';
import type { Buyer } from './buyers.js';
import { applyCartChange, type CartLineState } from './cart.js';
import { extensionStorage, type CheckoutHostPort, type ExtensionTarget } from './checkout-api.js';
import { VariantBook } from './variants.js';

const round = (amount: number) => Math.round(amount * 100) / 100;
const instructionsFor = (wallet: boolean): CartInstructions =>
  cartInstructions({ canAddCartLine: !wallet, canUpdateCartLine: !wallet, canRemoveCartLine: !wallet });

export interface SessionOptions {
  readonly shop: PreviewShop;
  readonly buyer: Buyer;
  readonly translations: Translations;
  readonly token: string;
  /** The logged-in buyer (Customer GID); undefined: a guest. */
  readonly customerId: string | undefined;
  readonly wallet: boolean;
  readonly bus: AnalyticsBus;
  /** Called after every cart change, so the page re-renders its summary. */
  readonly onCartChange: () => void;
}

/** One checkout as a buyer sees it: cart, localization and the signals every extension frame reads. */
export class CheckoutSession implements CheckoutHostPort {
  readonly shop: Shop;
  readonly buyer: Buyer;
  readonly lines = createSignal<CartLine[]>([]);
  readonly appMetafields = createSignal<AppMetafieldEntry[]>([]);
  readonly settings = createSignal<ExtensionSettings>({});
  readonly instructions: WritableSignal<CartInstructions>;
  // A checkout's token and localization stay as they opened: another buyer or arm opens a new session.
  readonly checkoutToken: CheckoutHost['checkoutToken'];
  readonly localization: CheckoutHost['localization'];
  readonly i18n: I18n;
  readonly storage = extensionStorage;
  readonly variants: VariantBook;
  private cart: readonly CartLineState[] = [];
  private metafieldProducts = '';
  private readonly lineSignals = new Map<string, WritableSignal<CartLine>>();

  constructor(private readonly options: SessionOptions) {
    this.shop = {
      id: options.shop.id,
      name: options.shop.name,
      myshopifyDomain: options.shop.domain,
      storefrontUrl: `https://${options.shop.domain}`,
    };
    this.buyer = options.buyer;
    this.instructions = createSignal(instructionsFor(options.wallet));
    this.checkoutToken = createSignal<string | undefined>(options.token);
    this.localization = {
      language: createSignal({ isoCode: options.buyer.language }),
      country: createSignal<Country | undefined>(countryOf(options.buyer.country)),
      currency: createSignal(currencyOf(options.buyer.currency)),
    };
    this.i18n = createI18n(options.buyer.language, options.buyer.currency, options.translations);
    this.variants = new VariantBook(options.buyer);
  }

  get customerId(): string | undefined {
    return this.options.customerId;
  }

  /** The checkout's token (set when the session opens). */
  get token(): string {
    return this.options.token;
  }

  get cartLines(): readonly CartLineState[] {
    return this.cart;
  }

  setWallet(wallet: boolean): void {
    this.instructions.set(instructionsFor(wallet));
  }

  /** A cart line's own signal (the line target's `target`); a removed line keeps its last value until its frame goes. */
  lineSignal(lineId: string): WritableSignal<CartLine> {
    let signal = this.lineSignals.get(lineId);
    if (!signal) {
      const line = this.lines.value.find((candidate) => candidate.id === lineId);
      if (!line) throw new Error(`No cart line ${lineId}`);
      this.lineSignals.set(lineId, (signal = createSignal(line)));
    }
    return signal;
  }

  /** Replaces the cart: prices and titles in the buyer's context, then the product metafields for the new product set. */
  async setCart(cart: readonly CartLineState[]): Promise<void> {
    await this.variants.load(cart.map((line) => line.variantId));
    this.cart = cart;
    const lines = cart.flatMap((line): CartLine[] => {
      const variant = this.variants.get(line.variantId);
      if (!variant) return [];
      return [
        cartLine({
          id: line.id,
          variantId: variant.id,
          productTitle: variant.productTitle,
          variantTitle: variant.title,
          productId: variant.productId,
          imageUrl: variant.image?.url,
          quantity: line.quantity,
          totalAmount: round(variant.price.amount * line.quantity),
          currencyCode: variant.price.currencyCode,
          attributes: line.attributes,
        }),
      ];
    });
    const products = [...new Set(lines.map((line) => line.merchandise.product.id))].sort();
    if (products.join() !== this.metafieldProducts) {
      this.appMetafields.set((await previewApi.metafields(products, this.options.customerId)).entries);
      this.metafieldProducts = products.join();
    }
    this.lines.set(lines);
    for (const [id, signal] of this.lineSignals) {
      const line = lines.find((candidate) => candidate.id === id);
      if (line) signal.set(line);
    }
    this.options.onCartChange();
  }

  async applyCartLinesChange(change: CartLineChange): Promise<CartLineChangeResult> {
    const allowed = this.instructions.value.lines;
    if (
      (change.type === 'addCartLine' && !allowed.canAddCartLine) ||
      (change.type === 'updateCartLine' && !allowed.canUpdateCartLine) ||
      (change.type === 'removeCartLine' && !allowed.canRemoveCartLine)
    ) {
      return { type: 'error', message: 'Cart changes are not allowed in this checkout (express wallet).' };
    }
    const merchandiseId = change.type === 'removeCartLine' ? undefined : change.merchandiseId;
    if (merchandiseId !== undefined) {
      await this.variants.load([merchandiseId]);
      if (!this.variants.get(merchandiseId)?.availableForSale)
        return { type: 'error', message: `${merchandiseId} is not available.` };
    }
    const outcome = applyCartChange(this.cart, change, () => `gid://shopify/CartLine/${crypto.randomUUID()}`);
    if (outcome.kind === 'error') return { type: 'error', message: outcome.message };
    await this.setCart(outcome.lines);
    return { type: 'success' };
  }

  query(query: string, variables: Record<string, unknown>): Promise<{ data?: unknown; errors?: unknown }> {
    return previewApi.storefront(query, variables);
  }

  publish(name: string, data: Record<string, unknown>, _target: ExtensionTarget): void {
    this.options.bus.publish(name, data);
  }
}
