import { DEFAULT_SHOP_CONFIG, parseShopConfig, type Arm, type ShopConfig } from '@tandem/offer-core';
import { exposeBridge } from '../shared/bridge.js';
import { byId, el } from '../shared/dom.js';
import {
  previewApi,
  type CheckoutDiscounts,
  type PreviewCustomer,
  type PreviewProduct,
  type PreviewShop,
  type SampleLine,
} from '../shared/preview-api.js';
import { AnalyticsBus } from './analytics.js';
import { BUYERS, buyerById, type Buyer } from './buyers.js';
import type { CartLineState } from './cart.js';
import { EventLog } from './event-log.js';
import { FrameRegistry, type MountedFrame } from './frames.js';
import { loadTranslations } from './i18n.js';
import { pixelApi } from './pixel-host.js';
import { CheckoutSession } from './session.js';
import { OrderSummary } from './summary.js';
import { checkoutTokenFor } from './tokens.js';

export interface PageData {
  readonly shop: PreviewShop;
  readonly catalog: { readonly products: readonly PreviewProduct[]; readonly samples: readonly SampleLine[] };
}

const lineOf = (variantId: string, quantity = 1): CartLineState => ({
  id: `gid://shopify/CartLine/${crypto.randomUUID()}`,
  variantId,
  quantity,
  attributes: [],
});

/** The checkout preview page: owns the buyer, arm, wallet switch and the current checkout session with its frames. */
export class CheckoutPage {
  readonly log = new EventLog(byId('events'));
  readonly bus = new AnalyticsBus();
  private readonly frames = new FrameRegistry();
  private readonly summary: OrderSummary;
  private session: CheckoutSession | undefined;
  private blockFrame: MountedFrame | undefined;
  private buyer: Buyer = BUYERS[0];
  /** The logged-in customer (their profile reaches the extension); undefined: a guest. */
  private customer: PreviewCustomer | undefined;
  private arm: Arm = 'treatment';
  private wallet = false;
  private config: ShopConfig = DEFAULT_SHOP_CONFIG;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly data: PageData) {
    this.summary = new OrderSummary(byId('lines'), byId('subtotal'), byId('savings'), this.frames, {
      setQuantity: (id, quantity) => void this.setQuantity(id, quantity),
    });
    this.bus.observe((event) => this.log.add('analytics', event.name, event.customData));
    exposeBridge({
      connectExtension: (id) => this.frames.connect(id),
      connectPixel: () => pixelApi(data.shop.domain, this.bus, this.log),
    });
  }

  get current(): CheckoutSession | undefined {
    return this.session;
  }

  get state(): { readonly buyer: Buyer; readonly arm: Arm; readonly wallet: boolean } {
    return { buyer: this.buyer, arm: this.arm, wallet: this.wallet };
  }

  /** The shop's published config decides which tokens land in which arm. */
  async loadConfig(): Promise<void> {
    const entry = (await previewApi.metafields([])).entries.find(
      (candidate) => candidate.target.type === 'shop',
    );
    const parsed = entry ? parseShopConfig(entry.metafield.value) : undefined;
    if (parsed?.kind === 'ok') this.config = parsed.config;
    else
      this.notice(
        entry
          ? `The shop config metafield is invalid (${parsed?.kind === 'invalid' ? parsed.reason : ''}); the extension will show nothing.`
          : 'No shop config published yet: the extension will show nothing until publishing runs.',
      );
  }

  /** A new checkout (new token in the chosen arm) with this cart. */
  newCheckout(cart: readonly CartLineState[]): Promise<void> {
    return this.serial(() => this.openNew(cart));
  }

  sampleCheckout(sample: SampleLine | undefined = this.data.catalog.samples[0]): Promise<void> {
    return this.newCheckout(sample ? [lineOf(sample.variantId)] : []);
  }

  /** Buyer, arm and wallet before the first checkout opens (from the page's query string). */
  configure(options: { readonly buyer: string; readonly arm: Arm; readonly wallet: boolean }): void {
    this.buyer = buyerById(options.buyer);
    this.arm = options.arm;
    this.wallet = options.wallet;
  }

  /** The same checkout for another buyer: checkout renders again in the new country and language. */
  setBuyer(id: string): Promise<void> {
    return this.serial(async () => {
      this.buyer = buyerById(id);
      if (this.session) await this.open(this.session.cartLines, this.session.token);
    });
  }

  /**
   * Signs a returning customer in (or out: undefined), as a buyer logging in at checkout does. A customer comes with a
   * cart on which checkout shows them a "Buy again"; it opens as a new checkout. Signing out keeps the cart.
   */
  setCustomer(customer: PreviewCustomer | undefined): Promise<void> {
    return this.serial(async () => {
      this.customer = customer;
      byId('contact').textContent = customer ? customer.label : 'Guest checkout';
      if (customer?.cart) {
        await this.openNew([lineOf(customer.cart.variantId)]);
        this.notice(
          `Signed in as ${customer.label}. The cart holds ${customer.cart.title}, with which their profile brings back a due repeat purchase.`,
        );
      } else if (this.session) await this.open(this.session.cartLines, this.session.token);
    });
  }

  setArm(arm: Arm): Promise<void> {
    return this.serial(async () => {
      this.arm = arm;
      if (this.session) await this.openNew(this.session.cartLines);
    });
  }

  setWallet(wallet: boolean): void {
    this.wallet = wallet;
    this.session?.setWallet(wallet);
  }

  addToCart(variantId: string, quantity: number): Promise<void> {
    return this.serial(() => {
      const cart = this.session?.cartLines ?? [];
      const same = cart.find((line) => line.variantId === variantId && line.attributes.length === 0);
      return this.edit(
        same
          ? cart.map((line) => (line === same ? { ...line, quantity: line.quantity + quantity } : line))
          : [...cart, lineOf(variantId, quantity)],
      );
    });
  }

  setQuantity(lineId: string, quantity: number): Promise<void> {
    return this.serial(() => {
      const cart = this.session?.cartLines ?? [];
      return this.edit(
        quantity > 0
          ? cart.map((line) => (line.id === lineId ? { ...line, quantity } : line))
          : cart.filter((line) => line.id !== lineId),
      );
    });
  }

  notice(text: string, kind: 'info' | 'error' = 'info'): void {
    const notice = byId('notice');
    notice.replaceChildren(text ? el('p', { class: `notice notice-${kind}` }, text) : '');
  }

  /** Ends this checkout's frames (after payment); the thank-you page mounts its own. */
  closeCheckout(): void {
    this.summary.clear();
    this.blockFrame?.dispose();
    this.blockFrame = undefined;
  }

  mountThankYou(container: HTMLElement): MountedFrame | undefined {
    return this.session && this.frames.mount(container, this.session, 'purchase.thank-you.block.render');
  }

  private async edit(cart: readonly CartLineState[]): Promise<void> {
    try {
      await this.session?.setCart(cart);
      this.log.add('cart', `cart has ${cart.length} line${cart.length === 1 ? '' : 's'}`);
    } catch (error) {
      this.notice(error instanceof Error ? error.message : String(error), 'error');
    }
  }

  /**
   * One page operation at a time: a buyer switch clicked while a checkout is still opening would otherwise mount
   * a second set of frames.
   */
  private serial(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task);
    this.queue = run.catch((error: unknown) =>
      this.notice(error instanceof Error ? error.message : String(error), 'error'),
    );
    return this.queue;
  }

  private async openNew(cart: readonly CartLineState[]): Promise<void> {
    const choice = checkoutTokenFor(this.arm, this.config);
    if (choice.kind === 'impossible') this.notice(choice.reason);
    else await this.open(cart, choice.token);
  }

  private async open(cart: readonly CartLineState[], token: string): Promise<void> {
    this.closeCheckout();
    const translations = await loadTranslations(this.buyer.language);
    const session = new CheckoutSession({
      shop: this.data.shop,
      buyer: this.buyer,
      translations,
      token,
      customerId: this.customer?.id,
      wallet: this.wallet,
      bus: this.bus,
      onCartChange: () => {
        if (this.session !== session) return;
        this.summary.render(session, discounts);
        report();
      },
    });
    // As Shopify would on reaching checkout and on each cart change (checkouts/create|update); the demo measures
    // from it, and the answer is what the shop's automatic discounts take off. Not the buyer's problem if it fails:
    // the preview works on without discounts shown, and the order reports the checkout too.
    let discounts: CheckoutDiscounts | undefined;
    const report = (): void => {
      const lines = session.lines.value.map((line) => ({
        variantId: line.merchandise.id,
        quantity: line.quantity,
      }));
      if (lines.length === 0) return;
      void previewApi
        .reportCheckout({ checkoutToken: token, lines })
        .then((answer) => {
          // A later cart change may have answered meanwhile: keep only the answer for the cart as it stands.
          const now = session.lines.value;
          const same =
            now.length === lines.length &&
            now.every(
              (line, index) =>
                line.merchandise.id === lines[index]?.variantId && line.quantity === lines[index]?.quantity,
            );
          if (this.session !== session || !same) return;
          discounts = answer.discounts;
          this.summary.render(session, discounts);
        })
        .catch(() => undefined);
    };
    this.session = session;
    await session.setCart(cart);
    this.blockFrame = this.frames.mount(byId('block-slot'), session, 'purchase.checkout.block.render');
    byId('token').textContent = token;
    document.documentElement.lang = this.buyer.language;
    this.notice('');
  }
}
