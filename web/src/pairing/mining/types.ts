/**
 * Co-occurrence statistics of a basket history, in compressed sparse rows: row `a` lists every partner `b`
 * kept for product `a` (the matrix is symmetric, so each pair appears in both rows). Products are dense
 * indices handed out by an `IdInterner`.
 */
export interface CooccurrenceCounts {
  readonly productCount: number;
  readonly basketCount: number;
  /** Baskets with at least two distinct products. */
  readonly multiBasketCount: number;
  /** Baskets containing each product. */
  readonly itemCount: Uint32Array;
  /** Weighted (time-decayed) baskets containing each product. */
  readonly itemMass: Float64Array;
  /**
   * Weighted multi-product baskets containing each product. Each such basket spreads its weight evenly over
   * the product's partners in it, so a row's pair masses add up to at most this (pruned pairs make up the rest).
   */
  readonly partnerMass: Float64Array;
  /**
   * Baskets containing each product under the trend's faster decay (`trendHalfLifeDays`); equal to `itemMass`
   * when both decay alike. Its share against `itemMass`'s says what is selling more (or less) lately.
   */
  readonly recentItemMass: Float64Array;
  /** Row `a` is `rowStart[a] .. rowStart[a + 1]` in the three arrays below. */
  readonly rowStart: Uint32Array;
  readonly partners: Uint32Array;
  /** Baskets containing both products. */
  readonly pairCounts: Uint32Array;
  /** Weighted partner share: Σ over shared baskets of weight / (basket size − 1). */
  readonly pairMasses: Float32Array;
  /** Distinct pairs kept (each stored twice in the rows). */
  readonly pairsKept: number;
  /** Distinct pairs seen (before the support floor). */
  readonly pairsSeen: number;
  /** Lossy-counting passes forced by the memory budget, and the pairs they dropped. */
  readonly prunePasses: number;
  readonly prunedPairs: number;
}

export interface MinerOptions {
  /** Pairs bought together in fewer baskets are dropped (the support floor). Default 2. */
  readonly minPairCount?: number;
  /**
   * Baskets with more distinct products count towards product totals but not pairs: a 300-item stock-up says
   * little about any pair and would cost 45,000 pair updates. Default 100.
   */
  readonly maxBasketSize?: number;
  /** Upper bound on hash-table slots (16 bytes each); at the bound rare pairs are pruned. Default 2^23. */
  readonly maxPairSlots?: number;
}

/** Time decay of a mining pass; 0 or absent turns a decay off. Undated orders weigh 1. */
export interface DecayOptions {
  /** Every mass halves over this many days of age. */
  readonly halfLifeDays?: number;
  /** The recent item masses halve over this many days (default: `halfLifeDays`). */
  readonly trendHalfLifeDays?: number;
}
