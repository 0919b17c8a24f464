/**
 * Who places each order: ~30 % guests (no customer), then either a new one-time customer (ids rise with
 * time, as accounts are created at first purchase) or one of a few hundred loyal repeat customers, who
 * have a home department and re-buy a favourite consumable.
 */
import { LEGACY_ID_BASE } from './ids.js';
import { rngFor, searchCumulative, type Rng } from './prng.js';
import { VERTICALS } from './types.js';
import { VERTICAL_INFO } from './vocab/index.js';

const GUEST_SHARE = 0.3;
const REPEAT_POOL_SHARE = 0.03;

export interface Shopper {
  /** Legacy customer id, or null for a guest checkout. */
  readonly customerId: number | null;
  /** Slot in the repeat pool, or -1. */
  readonly repeatSlot: number;
  /** Department the shopper usually starts in, or -1. */
  readonly homeVertical: number;
  /** Product the shopper re-buys, or -1. */
  readonly favourite: number;
}

const GUEST: Shopper = { customerId: null, repeatSlot: -1, homeVertical: -1, favourite: -1 };

export class CustomerPool {
  readonly repeatCount: number;
  private readonly repeatShare: number;
  private readonly loyalty: Float64Array;
  private readonly homes: Int8Array;
  private readonly favourites: Int32Array;
  private nextOneTime = 0;

  constructor(
    seed: number,
    private readonly customers: number,
    orders: number,
  ) {
    this.repeatCount = Math.min(customers, Math.max(1, Math.round(customers * REPEAT_POOL_SHARE)));
    const oneTime = customers - this.repeatCount;
    const accountOrders = Math.max(1, orders * (1 - GUEST_SHARE));
    this.repeatShare = Math.min(0.9, Math.max(0.05, 1 - oneTime / accountOrders));
    // A few very loyal customers, a long tail of occasional ones.
    this.loyalty = new Float64Array(this.repeatCount);
    let sum = 0;
    for (let slot = 0; slot < this.repeatCount; slot += 1) {
      sum += (slot + 1) ** -0.7;
      this.loyalty[slot] = sum;
    }
    const homeRng = rngFor(seed, 'customer-home');
    const shares = VERTICALS.map((vertical) => VERTICAL_INFO[vertical].orderShare);
    this.homes = Int8Array.from({ length: this.repeatCount }, () => homeRng.weighted(shares));
    this.favourites = new Int32Array(this.repeatCount).fill(-1);
  }

  next(rng: Rng): Shopper {
    if (rng.chance(GUEST_SHARE)) return GUEST;
    const oneTimeLeft = this.customers - this.repeatCount - this.nextOneTime;
    if (oneTimeLeft > 0 && !rng.chance(this.repeatShare)) {
      const index = this.repeatCount + this.nextOneTime;
      this.nextOneTime += 1;
      return { customerId: LEGACY_ID_BASE.Customer + index, repeatSlot: -1, homeVertical: -1, favourite: -1 };
    }
    const total = this.loyalty[this.repeatCount - 1] ?? 0;
    const slot = searchCumulative(this.loyalty, rng.next() * total);
    return {
      customerId: LEGACY_ID_BASE.Customer + slot,
      repeatSlot: slot,
      homeVertical: this.homes[slot] ?? -1,
      favourite: this.favourites[slot] ?? -1,
    };
  }

  /** Remember what a repeat customer bought first, to re-buy later. */
  remember(shopper: Shopper, product: number): void {
    if (shopper.repeatSlot >= 0 && this.favourites[shopper.repeatSlot] === -1)
      this.favourites[shopper.repeatSlot] = product;
  }
}
