/* eslint-disable @typescript-eslint/no-non-null-assertion -- numeric kernel: typed-array reads are in bounds by construction, and noUncheckedIndexedAccess would otherwise need a cast on every access. */
import { hashPair, NARROW_LIMIT, PairShard } from './pair-shard.js';

const SHARD_BITS = 4;

/**
 * Hash table of product pairs (a < b) with a count and a weighted mass per pair, held in typed arrays so a
 * million baskets never allocate a JS object per pair. Split into 16 shards by hash so a shard's growth
 * (doubling) briefly needs 1/16 of the memory, not all of it again. Each shard has an equal share of the slot
 * budget; a full shard drops pairs below the support floor (lossy counting): memory stays bounded, and only
 * pairs that were rare when dropped can lose support.
 */
export class PairTable {
  private readonly shards: PairShard[];
  private narrow = true;

  constructor(maxSlots: number, pruneBelow: number) {
    const perShard = Math.max(64, Math.floor(maxSlots / (1 << SHARD_BITS)));
    this.shards = Array.from(
      { length: 1 << SHARD_BITS },
      () => new PairShard(perShard, pruneBelow, Math.min(perShard, 4096)),
    );
  }

  get size(): number {
    return this.shards.reduce((sum, shard) => sum + shard.size, 0);
  }

  get prunePasses(): number {
    return this.shards.reduce((sum, shard) => sum + shard.prunePasses, 0);
  }

  get prunedPairs(): number {
    return this.shards.reduce((sum, shard) => sum + shard.prunedPairs, 0);
  }

  /** Adds one co-occurrence of a < b with the given mass (any other key (a, b) ≠ (0, 0) works too). */
  add(a: number, b: number, mass: number): void {
    if (this.narrow && (b >= NARROW_LIMIT || a >= NARROW_LIMIT)) {
      this.narrow = false;
      for (const shard of this.shards) shard.widen();
    }
    const hash = hashPair(a, b);
    this.shards[hash >>> (32 - SHARD_BITS)]!.add(a, b, mass, hash);
  }

  /** Calls `visit` for every stored pair (deterministic order for a given input). */
  forEach(visit: (a: number, b: number, count: number, mass: number) => void): void {
    for (const shard of this.shards) shard.forEach(visit);
  }

  /** Multiplies every mass (used to re-base time-decay weights). */
  scaleMasses(factor: number): void {
    for (const shard of this.shards) shard.scaleMasses(factor);
  }
}
