/* eslint-disable @typescript-eslint/no-non-null-assertion -- numeric kernel: typed-array reads are in bounds by construction, and noUncheckedIndexedAccess would otherwise need a cast on every access. */
import type { CooccurrenceCounts } from '../mining/types.js';
import { topK } from './top-k.js';
import type { GroupPrior } from './types.js';

/**
 * The prior a product's own co-purchases are shrunk toward: the partner distribution of its group — first its
 * product type, then a collection, then its vendor (the keys per product come in that priority) — itself shrunk
 * toward the shop's. It carries a product with little history (cold start) and steadies one with some.
 * Computed once per group, keeping the `depth` strongest partners.
 */
export class GroupPriors {
  private readonly members = new Map<string, number[]>();
  private readonly cache = new Map<string, GroupPrior | null>();
  private readonly historyCount = new Map<string, number>();
  private readonly scratch: Float64Array;

  constructor(
    private readonly counts: CooccurrenceCounts,
    private readonly groupKeys: readonly (readonly string[])[],
    private readonly priorWeight: number,
    private readonly depth: number,
    private readonly rank: Uint32Array,
  ) {
    groupKeys.forEach((keys, product) => {
      for (const key of keys) {
        const list = this.members.get(key);
        if (list) list.push(product);
        else this.members.set(key, [product]);
      }
    });
    this.scratch = new Float64Array(counts.productCount);
  }

  /**
   * The first of the product's groups that has co-purchase evidence from other members. With no history at all,
   * the other members of its first collection (or vendor) that has any, equally likely: catalog-only cold start.
   */
  forProduct(product: number): GroupPrior | undefined {
    const keys = this.groupKeys[product] ?? [];
    if (this.counts.multiBasketCount === 0) return this.membership(product, keys);
    for (const key of keys) {
      const prior = this.forGroup(key, product);
      if (prior) return prior;
    }
    return undefined;
  }

  private membership(product: number, keys: readonly string[]): GroupPrior | undefined {
    for (const key of keys) {
      if (key.startsWith('type:')) continue;
      const others = (this.members.get(key) ?? []).filter((member) => member !== product);
      if (others.length === 0) continue;
      const share = 1 / others.length;
      return {
        shopShare: 0,
        mass: new Map(others.slice(0, this.depth).map((member) => [member, share] as const)),
      };
    }
    return undefined;
  }

  private forGroup(key: string, asking: number): GroupPrior | undefined {
    const members = this.members.get(key) ?? [];
    // Evidence from other members: any member with history besides the asking product.
    const withHistory = this.withHistory(key, members);
    if (withHistory === 0 || (withHistory === 1 && this.mass(asking) > 0)) return undefined;
    let prior = this.cache.get(key);
    if (prior === undefined) {
      prior = this.build(members);
      this.cache.set(key, prior);
    }
    return prior ?? undefined;
  }

  private withHistory(key: string, members: readonly number[]): number {
    let count = this.historyCount.get(key);
    if (count === undefined)
      this.historyCount.set(key, (count = members.filter((member) => this.mass(member) > 0).length));
    return count;
  }

  private mass(product: number): number {
    return product < this.counts.productCount ? this.counts.partnerMass[product]! : 0;
  }

  private build(members: readonly number[]): GroupPrior | null {
    const { counts, scratch } = this;
    const touched: number[] = [];
    let groupMass = 0;
    for (const a of members) {
      if (a >= counts.productCount) continue;
      groupMass += counts.partnerMass[a]!;
      for (let at = counts.rowStart[a]!; at < counts.rowStart[a + 1]!; at++) {
        const b = counts.partners[at]!;
        if (scratch[b] === 0) touched.push(b);
        scratch[b]! += counts.pairMasses[at]!;
      }
    }
    if (groupMass <= 0) return null;
    const denominator = groupMass + this.priorWeight;
    const best = topK(touched, this.depth, (b) => scratch[b]!, this.rank);
    const mass = new Map(best.map((b) => [b, scratch[b]! / denominator] as const));
    for (const b of touched) scratch[b] = 0;
    return { shopShare: this.priorWeight / denominator, mass };
  }
}
