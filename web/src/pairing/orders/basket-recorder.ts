import { GrowableFloat64, GrowableUint32 } from '../growable.js';
import type { BasketLog } from './types.js';

/**
 * Keeps the baskets a later pass needs (those within a size range) as a compact `BasketLog`: 4 bytes a product
 * and 12 a basket, and the newest order time of all baskets seen, the reference of their time decay.
 */
export class BasketRecorder {
  private readonly items = new GrowableUint32();
  private readonly start = new GrowableUint32();
  private readonly createdAt = new GrowableFloat64();
  newest = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly minSize: number,
    private readonly maxSize: number,
  ) {
    this.start.push(0);
  }

  add(products: readonly number[], createdAt: number): void {
    if (createdAt > this.newest) this.newest = createdAt;
    if (products.length < this.minSize || products.length > this.maxSize) return;
    for (const product of products) this.items.push(product);
    this.start.push(this.items.length);
    this.createdAt.push(createdAt);
  }

  log(): BasketLog {
    return {
      count: this.createdAt.length,
      start: this.start.view(),
      items: this.items.view(),
      createdAt: this.createdAt.view(),
    };
  }
}
