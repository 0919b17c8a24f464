import type { AppMetafieldEntry, PreviewShop } from '../shared/preview-api.js';
import { previewApi } from '../shared/preview-api.js';
import { createSignal, type WritableSignal } from '../shared/signal.js';
import type { AnalyticsBus } from './analytics.js';
import type { Buyer } from './buyers.js';
import { applyCartChange, type CartChange, type CartLineState } from './cart.js';
import type {
  ChangeResult,
  CheckoutHostPort,
  CheckoutLine,
  ExtensionTarget,
  Instructions,
} from './checkout-api.js';
import { createI18n, type PreviewI18n } from './i18n.js';
import { VariantBook } from './variants.js';

const round = (amount: number) => Math.round(amount * 100) / 100;
const instructionsFor = (wallet: boolean): Instructions => ({
  lines: { canAddCartLine: !wallet, canUpdateCartLine: !wallet, canRemoveCartLine: !wallet },
});

export interface SessionOptions {
  readonly shop: PreviewShop;
  readonly buyer: Buyer;
  readonly translations: Parameters<typeof createI18n>[2];
  readonly token: string;
  readonly wallet: boolean;
  readonly bus: AnalyticsBus;
  /** Called after every cart change, so the page re-renders its summary. */
  readonly onCartChange: () => void;
}

/** One checkout as a buyer sees it: cart, localization and the signals every extension frame reads. */
export class CheckoutSession implements CheckoutHostPort {
  readonly shop: PreviewShop;
  readonly buyer: Buyer;
  readonly lines = createSignal<readonly CheckoutLine[]>([]);
  readonly appMetafields = createSignal<readonly AppMetafieldEntry[]>([]);
  readonly settings = createSignal<Readonly<Record<string, unknown>>>({});
  readonly instructions: WritableSignal<Instructions>;
  readonly checkoutToken: WritableSignal<string>;
  readonly localization;
  readonly i18n: PreviewI18n;
  readonly variants: VariantBook;
  private cart: readonly CartLineState[] = [];
  private metafieldProducts = '';
  private readonly lineSignals = new Map<string, WritableSignal<CheckoutLine | undefined>>();

  constructor(private readonly options: SessionOptions) {
    this.shop = options.shop;
    this.buyer = options.buyer;
    this.instructions = createSignal(instructionsFor(options.wallet));
    this.checkoutToken = createSignal(options.token);
    this.localization = {
      language: createSignal({ isoCode: options.buyer.language }),
      country: createSignal({ isoCode: options.buyer.country }),
      currency: createSignal({ isoCode: options.buyer.currency }),
    };
    this.i18n = createI18n(options.buyer.language, options.buyer.currency, options.translations);
    this.variants = new VariantBook(options.buyer);
  }

  get cartLines(): readonly CartLineState[] {
    return this.cart;
  }

  setWallet(wallet: boolean): void {
    this.instructions.set(instructionsFor(wallet));
  }

  lineSignal(lineId: string): WritableSignal<CheckoutLine | undefined> {
    let signal = this.lineSignals.get(lineId);
    if (!signal)
      this.lineSignals.set(
        lineId,
        (signal = createSignal(this.lines.value.find((line) => line.id === lineId))),
      );
    return signal;
  }

  /** Replaces the cart: prices and titles in the buyer's context, then the product metafields for the new product set. */
  async setCart(cart: readonly CartLineState[]): Promise<void> {
    await this.variants.load(cart.map((line) => line.variantId));
    this.cart = cart;
    const lines = cart.flatMap((line): CheckoutLine[] => {
      const variant = this.variants.get(line.variantId);
      if (!variant) return [];
      const merchandise = {
        type: 'variant' as const,
        id: variant.id,
        title: variant.productTitle,
        subtitle: variant.title,
        image: variant.image && { url: variant.image.url },
        product: { id: variant.productId },
      };
      return [
        {
          id: line.id,
          quantity: line.quantity,
          merchandise,
          cost: {
            totalAmount: {
              amount: round(variant.price.amount * line.quantity),
              currencyCode: variant.price.currencyCode,
            },
          },
          attributes: line.attributes,
        },
      ];
    });
    const products = [...new Set(lines.map((line) => line.merchandise.product.id))].sort();
    if (products.join() !== this.metafieldProducts) {
      this.appMetafields.set((await previewApi.metafields(products)).entries);
      this.metafieldProducts = products.join();
    }
    this.lines.set(lines);
    for (const [id, signal] of this.lineSignals) signal.set(lines.find((line) => line.id === id));
    this.options.onCartChange();
  }

  async applyCartLinesChange(change: CartChange): Promise<ChangeResult> {
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

  publish(name: string, data: unknown, _target: ExtensionTarget): void {
    this.options.bus.publish(name, data);
  }
}
