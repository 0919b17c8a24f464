/**
 * Which distinct products one order holds. An anchor from a (seasonal) department, then fill-ins that
 * mostly stay in the department, with planted partners and kind-level complements pulled in as each
 * product joins. Basket sizes: geometric with a long tail (mean ≈ 2.5 distinct products).
 * A class rather than closures: it runs a million times in scale mode.
 */
import type { CatalogModel } from './catalog-model.js';
import type { Shopper } from './customer-pool.js';
import type { Rng } from './prng.js';
import type { Moment, ProductSampler } from './product-sampler.js';
import { VERTICALS } from './types.js';

/** Share of a rule's strength applied at kind level (any product of the target kind). */
const KIND_PULL = 0.3;
const MAX_BASKET = 24;
const verticalIndex = new Map(VERTICALS.map((vertical, index) => [vertical, index]));

function basketSize(rng: Rng): number {
  const extra = rng.chance(0.12) ? rng.geometric(0.2) : rng.geometric(0.5);
  return Math.min(MAX_BASKET, 1 + extra);
}

export class BasketComposer {
  constructor(
    private readonly model: CatalogModel,
    private readonly sampler: ProductSampler,
    private readonly rng: Rng,
  ) {}

  compose(moment: Moment, shopper: Shopper): number[] {
    const { sampler, rng } = this;
    const basket: number[] = [];
    const size = basketSize(rng);
    const home =
      shopper.homeVertical >= 0 && rng.chance(0.55)
        ? shopper.homeVertical
        : sampler.pickVertical(moment, rng);
    this.add(basket, sampler.pickInVertical(home, moment, rng));
    if (shopper.favourite >= 0 && rng.chance(0.35) && sampler.available(shopper.favourite, moment.ms)) {
      this.add(basket, shopper.favourite);
    }
    let expanded = 0;
    for (let attempts = 0; attempts <= size * 4; attempts += 1) {
      while (expanded < basket.length) this.expand(basket, basket[expanded++] as number, moment);
      if (basket.length >= size) break;
      const last = this.model.specs[basket[basket.length - 1] ?? -1];
      const r = rng.next();
      let product: number;
      if (last && r < 0.12 && last.kind.consumable) product = sampler.pickInKind(last.kindIndex, moment, rng);
      else if (last && r < 0.7)
        product = sampler.pickInVertical(verticalIndex.get(last.kind.vertical) ?? 0, moment, rng);
      else product = sampler.pickInVertical(sampler.pickVertical(moment, rng), moment, rng);
      this.add(basket, product);
    }
    return basket;
  }

  private add(basket: number[], product: number): void {
    if (product >= 0 && basket.length < MAX_BASKET && !basket.includes(product)) basket.push(product);
  }

  /** Planted partners fire with their strength; kind rules pull in any product of the target kind. */
  private expand(basket: number[], product: number, moment: Moment): void {
    const { model, sampler, rng } = this;
    const spec = model.specs[product];
    if (!spec) return;
    for (const link of model.planting.links[product] ?? []) {
      if (!rng.chance(link.strength)) continue;
      for (const target of link.targets) if (sampler.available(target, moment.ms)) this.add(basket, target);
    }
    for (const pull of model.planting.pulls[spec.kindIndex] ?? []) {
      if (rng.chance(pull.strength * KIND_PULL))
        this.add(basket, sampler.pickInKind(rng.pick(pull.targetKinds), moment, rng));
    }
  }
}
