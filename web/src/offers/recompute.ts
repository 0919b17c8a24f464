/**
 * Glue between the stores and the pure pairing engine: read the shop's synced orders and catalog and its merchant
 * rules, mine and build every product's offer list, and store the lists for the publisher. Nothing here decides
 * anything; the engine (web/src/pairing) does.
 */
import type { JsonValue } from '../domain/json.js';
import { allProducts, toCatalogProduct } from './catalog-scan.js';
import type { MerchantRule } from '../domain/rule.js';
import type { Settings } from '../domain/settings.js';
import {
  buildOfferLists,
  CatalogIndex,
  canonicalProductId,
  canonicalVariantId,
  DEFAULT_PAIRING_SETTINGS,
  decayOptions,
  HistoryMiner,
  OrderLog,
  plainNumber,
  selectForHistory,
  type MerchantRules,
  type OrderLine,
  type PairingSettings,
} from '../pairing/index.js';
import type { MinerLine } from '../store/ports/order-store.js';
import type { Stores } from '../store/types.js';
import { toStoredList } from './stored-list.js';

export interface RecomputeDeps {
  readonly stores: Pick<Stores, 'orders' | 'catalog' | 'offers' | 'rules' | 'settings'>;
  readonly shop: string;
  readonly now: () => Date;
}

export interface RecomputeReport {
  readonly orders: number;
  readonly products: number;
  readonly lists: number;
  readonly withOffers: number;
  readonly coldStart: number;
  readonly changed: number;
  /** The model published, by candidate id (see the engine's `MODEL_CANDIDATES`). */
  readonly model: string;
}

/**
 * The admin's stored rules as the engine's rule data. A product-scoped exclude keeps the pair of products apart, like
 * never-together (also when it names a variant); a shop-wide exclude of a variant removes only that variant.
 */
export function toMerchantRules(rules: readonly MerchantRule[]): MerchantRules {
  const pins = new Map<string, { offerProductIds: string[]; variants: Record<string, string> }>();
  const manual: { productId: string; offerProductId: string }[] = [];
  const excludes: string[] = [];
  const excludedVariants: string[] = [];
  const neverTogether: [string, string][] = [];
  const families: { productIds: string[] }[] = [];
  for (const rule of rules) {
    if (rule.kind === 'pin') {
      const pin = pins.get(rule.productId) ?? { offerProductIds: [], variants: {} };
      pin.offerProductIds.push(rule.targetProductId);
      if (rule.targetVariantId !== null) pin.variants[rule.targetProductId] = rule.targetVariantId;
      pins.set(rule.productId, pin);
    } else if (rule.kind === 'manual' && rule.offerKind === 'upgrade')
      families.push({ productIds: [rule.productId, rule.targetProductId] });
    else if (rule.kind === 'manual')
      manual.push({ productId: rule.productId, offerProductId: rule.targetProductId });
    else if (rule.kind === 'exclude' && rule.productId === null && rule.targetVariantId !== null)
      excludedVariants.push(rule.targetVariantId);
    else if (rule.kind === 'exclude' && rule.productId === null) excludes.push(rule.targetProductId);
    else neverTogether.push([rule.productId ?? '', rule.targetProductId]);
  }
  return {
    pins: [...pins].map(([productId, { offerProductIds, variants }]) => ({
      productId,
      offerProductIds,
      ...(Object.keys(variants).length > 0 && { variants }),
    })),
    manual,
    excludes,
    excludedVariants,
    neverTogether,
    families,
  };
}

export function toPairingSettings(settings: Settings): Partial<PairingSettings> {
  return { maxUpgradeDelta: settings.upgradeBudgetPct / 100, priceCapRatio: settings.priceCapPct / 100 };
}

/**
 * A stored order line in the engine's line shape, with ids in the engine's canonical numeric form (as the CSV
 * reader gives them), so history and catalog products meet. Cancelled orders and lines of deleted products carry
 * no purchase.
 */
function toOrderLine(line: MinerLine, index: number): OrderLine | undefined {
  if (line.cancelled || line.productId === null) return undefined;
  const createdAt = Date.parse(line.createdAt);
  const productId = canonicalProductId(line.productId);
  const variantId = line.variantId === null ? '' : canonicalVariantId(line.variantId);
  return {
    line: index,
    orderId: line.orderId,
    orderNumber: plainNumber(line.orderId),
    customerId: line.customerHash ?? '',
    createdAt: Number.isNaN(createdAt) ? undefined : createdAt,
    productId,
    // plainNumber leaves ids past 15 digits as text: two ids above 2^53 a few apart are one double.
    productNumber: plainNumber(productId),
    variantId,
    variantNumber: plainNumber(variantId),
    quantity: line.quantity,
    unitPrice: line.unitPriceMinor / 100,
  };
}

/**
 * Recomputes every product's list. With `republishAll`, every stored list is dropped first so the publisher writes
 * all of them again — what a freshly started (in-memory) emulator needs, since it holds no metafields yet.
 */
export async function recomputeOffers(
  deps: RecomputeDeps,
  options: { readonly republishAll?: boolean } = {},
): Promise<RecomputeReport> {
  const { stores, shop } = deps;
  const [catalog, rules, settings] = await Promise.all([
    allProducts(stores.catalog, shop),
    stores.rules.list(shop),
    stores.settings.get(shop),
  ]);
  // Merged once, so the miner's decay and the list builder read the same settings.
  const pairingSettings = { ...DEFAULT_PAIRING_SETTINGS, ...toPairingSettings(settings) };
  const miner = new HistoryMiner(`orders of ${shop}`, {
    ...decayOptions(pairingSettings),
    keepBaskets: true,
  });
  // The same lines in time order, for model selection on the shop's newest orders.
  const history = new OrderLog();
  let index = 0;
  for await (const batch of stores.orders.streamLines(shop)) {
    for (const stored of batch) {
      const line = toOrderLine(stored, (index += 1));
      if (!line) continue;
      miner.add(line);
      history.add(line);
    }
  }
  const counts = miner.finish(catalog.map((product) => product.id));
  const catalogProducts = catalog.map(toCatalogProduct);
  const selection = selectForHistory(history, {
    settings: pairingSettings,
    catalog: new CatalogIndex(catalogProducts),
  });
  const lists = buildOfferLists({
    counts,
    products: miner.products,
    catalog: catalogProducts,
    rules: toMerchantRules(rules),
    settings: { ...pairingSettings, ...selection.chosen.settings },
    baskets: miner.contextBaskets(),
  });
  if (options.republishAll)
    await stores.offers.removeLists(
      shop,
      catalog.map((product) => product.id),
    );
  const computedAt = deps.now().toISOString();
  await stores.offers.putModelReport(shop, {
    computedAt,
    orders: miner.orders,
    selection: selection as unknown as JsonValue,
  });
  const { changed } = await stores.offers.putLists(
    shop,
    lists.map((list) => toStoredList(list.productGid, list.offers, list.votes, computedAt)),
  );
  return {
    orders: miner.orders,
    products: catalog.length,
    lists: lists.length,
    withOffers: lists.filter((list) => list.offers.length > 0).length,
    coldStart: lists.filter((list) => list.coldStart).length,
    changed,
    model: selection.chosen.id,
  };
}
