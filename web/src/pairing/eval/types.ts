import type { ModelSelection } from '../selection/types.js';
import type { PersonalReport } from './personal-types.js';

/** Anything the harness can evaluate: given the query products, up to `k` products, best first. */
export interface Recommender {
  readonly name: string;
  recommend(query: readonly number[], k: number): readonly number[];
  /**
   * Called once per test order, before its leave-one-out queries, with its products seen in training: each query
   * is then this basket less one product (or all of it when the held-out product was never seen), so work common
   * to them can be done once.
   */
  startBasket?(products: readonly number[]): void;
}

export interface RecommenderResult {
  readonly recommender: string;
  /** Hit rate at 3 and 10, in percent. */
  readonly hr3: number;
  readonly hr10: number;
  /** Share of training products that appear in at least one top-10, in percent. */
  readonly coverage: number;
}

export interface EvalInfo {
  readonly orders: number;
  readonly trainOrders: number;
  readonly testOrders: number;
  /** Leave-one-out cases: (test order with ≥ 2 distinct products) × (each of its products). */
  readonly cases: number;
  /** Cases whose target never appears in training (always misses). */
  readonly unseenTargets: number;
  /** Cases whose query is empty once products unseen in training are dropped. */
  readonly emptyQueries: number;
  readonly trainProducts: number;
  readonly ordering: 'created_at' | 'order_id' | 'file';
  readonly trainFraction: number;
}

export interface EvalReport {
  readonly info: EvalInfo & Record<string, unknown>;
  /** What the per-shop selection chose on the training orders (absent when selection was off). */
  readonly selection?: ModelSelection;
  /** Returning, first-time and guest buyers with and without personalisation (`--personal`). */
  readonly personal?: PersonalReport;
  readonly results: readonly RecommenderResult[];
}
