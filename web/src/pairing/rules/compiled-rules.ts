import { canonicalProductId, canonicalVariantId } from '../lists/gids.js';
import type { MerchantRules } from '../types.js';

/** Merchant rules indexed by canonical product id, for cheap checks while building lists and at checkout. */
export class CompiledRules {
  private readonly pins = new Map<string, string[]>();
  /** Canonical variant id by `${anchor} ${offered product}`. */
  private readonly pinnedVariants = new Map<string, string>();
  private readonly manual = new Map<string, string[]>();
  private readonly excluded: ReadonlySet<string>;
  private readonly never = new Map<string, Set<string>>();
  private readonly maxOffers = new Map<string, number>();
  /** Declared tier families, cheapest first, canonical ids. */
  readonly families: readonly (readonly string[])[];
  /** No exclusion of any kind: candidate checks can skip the id lookups. */
  readonly excludesNothing: boolean;

  constructor(rules: MerchantRules = {}) {
    const id = canonicalProductId;
    for (const pin of rules.pins ?? []) {
      appendAll(this.pins, id(pin.productId), pin.offerProductIds.map(id));
      for (const [offered, variant] of Object.entries(pin.variants ?? {}))
        this.pinnedVariants.set(`${id(pin.productId)} ${id(offered)}`, canonicalVariantId(variant));
    }
    for (const pair of rules.manual ?? [])
      appendAll(this.manual, id(pair.productId), [id(pair.offerProductId)]);
    this.excluded = new Set((rules.excludes ?? []).map(id));
    for (const [a, b] of rules.neverTogether ?? []) {
      addTo(this.never, id(a), id(b));
      addTo(this.never, id(b), id(a));
    }
    for (const cap of rules.maxOffers ?? [])
      this.maxOffers.set(id(cap.productId), Math.max(0, Math.floor(cap.max)));
    this.families = (rules.families ?? [])
      .map((family) => family.productIds.map(id))
      .filter((ids) => ids.length >= 2);
    this.excludesNothing = this.excluded.size === 0 && this.never.size === 0;
  }

  pinsFor(productId: string): readonly string[] {
    return this.pins.get(productId) ?? [];
  }

  /** The variant pinned for `offeredId` in `anchorId`'s list, if the merchant chose one. */
  pinnedVariant(anchorId: string, offeredId: string): string | undefined {
    return this.pinnedVariants.get(`${anchorId} ${offeredId}`);
  }

  manualFor(productId: string): readonly string[] {
    return this.manual.get(productId) ?? [];
  }

  isExcluded(productId: string): boolean {
    return this.excluded.has(productId);
  }

  isNeverTogether(a: string, b: string): boolean {
    return this.never.get(a)?.has(b) ?? false;
  }

  /** Products never to offer while `cartProductIds` are in the cart (exclusions plus never-together partners). */
  blockedFor(cartProductIds: Iterable<string>): Set<string> {
    const blocked = new Set(this.excluded);
    for (const cartId of cartProductIds)
      for (const other of this.never.get(canonicalProductId(cartId)) ?? []) blocked.add(other);
    return blocked;
  }

  maxOffersFor(productId: string, fallback: number): number {
    return this.maxOffers.get(productId) ?? fallback;
  }
}

function appendAll(map: Map<string, string[]>, key: string, values: readonly string[]): void {
  const list = map.get(key) ?? [];
  for (const value of values) if (!list.includes(value)) list.push(value);
  map.set(key, list);
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}
