import {
  dayNumber,
  planOffers,
  readProfile,
  readTandemMetafields,
  resolveSettings,
  type BuyerProfile,
  type OffersByProduct,
  type ShopConfig,
} from '@tandem/offer-core';
import { previewCatalog } from './catalog-view.js';
import type { EmulatorLink } from './emulator-link.js';
import type { PreviewCustomer, PreviewDeps, PreviewProduct, SwitchCart } from './types.js';

/** Customers with a published profile the preview looks through for the buyer switch. */
const SCANNED = 300;
/** One-line carts tried per customer: the sample carts first, then the catalog's other products. */
const CARTS_TRIED = 60;

/**
 * A few of the shop's returning customers for the preview's buyer switch, their profiles read as checkout reads them
 * today. Each comes with a one-line cart on which checkout would show them a "Buy again" (the offer core's plan, then
 * checkout's choice of offers in stock and within the price cap): a due repeat purchase competes with the cart's own
 * bought-together offers, so on a cart with strong pairings it rarely makes the block. Customers with such a cart come
 * first, then those with the most repeat purchases.
 */
export async function returningCustomers(
  deps: Pick<PreviewDeps, 'stores'>,
  link: EmulatorLink,
  request: { readonly count: number; readonly today?: number },
): Promise<PreviewCustomer[]> {
  const { domain } = await link.shop();
  const today = request.today ?? dayNumber(Date.now());
  const catalog = await previewCatalog(deps.stores, domain);
  const showsBuyAgain = await buyAgainCheck(link, catalog.products);
  const carts = candidateCarts(catalog.samples, catalog.products);
  const page = await deps.stores.profiles.list(domain, { limit: SCANNED });
  const found: PreviewCustomer[] = [];
  for (const customer of page.items) {
    if (found.filter((entry) => entry.cart).length >= request.count) break;
    if (customer.publishedHash === null) continue;
    const value = await link.profile(customer.customerId);
    const read = value === undefined ? undefined : readProfile(value, { shop: domain, today });
    if (read?.kind !== 'ok') continue;
    const { orders, bought } = read.profile;
    const repeatProducts = bought.filter((item) => item.intervalDays > 0 && item.variantId).length;
    if (repeatProducts === 0) continue;
    let cart: SwitchCart | undefined;
    for (const candidate of carts)
      if (await showsBuyAgain(read.profile, candidate)) {
        cart = candidate;
        break;
      }
    const number = customer.customerId.split('/').pop() ?? customer.customerId;
    found.push({
      id: customer.customerId,
      label: `Returning customer #${number} · ${orders} orders · buys ${repeatProducts} again`,
      orders,
      repeatProducts,
      ...(cart ? { cart } : {}),
    });
  }
  return found
    .sort(
      (a, b) =>
        Number(b.cart !== undefined) - Number(a.cart !== undefined) ||
        b.repeatProducts - a.repeatProducts ||
        b.orders - a.orders ||
        (a.id < b.id ? -1 : 1),
    )
    .slice(0, request.count);
}

function candidateCarts(
  samples: readonly SwitchCart[],
  products: readonly PreviewProduct[],
): readonly SwitchCart[] {
  const carts = new Map(samples.map((sample) => [sample.productId, sample]));
  for (const product of products) {
    const variant = product.variants.find((candidate) => candidate.available);
    if (variant && !carts.has(product.id))
      carts.set(product.id, {
        productId: product.id,
        variantId: variant.id,
        title: `${product.title} — ${variant.title}`,
      });
  }
  return [...carts.values()].slice(0, CARTS_TRIED);
}

/**
 * Whether checkout's block would show a "Buy again" on a one-line cart: the plan, then the first offers in stock and
 * within the price cap (shop prices; the buyer's currency scales both sides alike). Lists are read once per product.
 */
async function buyAgainCheck(
  link: EmulatorLink,
  products: readonly PreviewProduct[],
): Promise<(profile: BuyerProfile, cart: SwitchCart) => Promise<boolean>> {
  const variants = new Map(
    products.flatMap((product) => product.variants.map((variant) => [variant.id, variant] as const)),
  );
  const lists = new Map<string, { offersByProduct: OffersByProduct; config: ShopConfig | undefined }>();
  const read = async (productId: string) => {
    let found = lists.get(productId);
    if (!found) lists.set(productId, (found = readTandemMetafields(await link.appMetafields([productId]))));
    return found;
  };
  return async (profile, cart) => {
    const { offersByProduct, config } = await read(cart.productId);
    const price = variants.get(cart.variantId)?.price ?? 0;
    if (!config || price <= 0) return false;
    const settings = resolveSettings({}, config);
    const line = {
      id: 'line',
      merchandiseId: cart.variantId,
      productId: cart.productId,
      title: '',
      quantity: 1,
      totalAmount: price,
      attributes: [],
    };
    const shown = (variantId: string): boolean => {
      const variant = variants.get(variantId);
      return (
        variant !== undefined && variant.available && variant.price <= (price * settings.priceCapPct) / 100
      );
    };
    return planOffers({ target: 'block', lines: [line], offersByProduct, settings, profile })
      .crossSells.filter(({ offer }) => shown(offer.variantId))
      .slice(0, settings.maxOffers)
      .some(({ offer }) => offer.reason === 'buy_again');
  };
}
