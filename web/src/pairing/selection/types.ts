import type { ModelCandidate } from './candidates.js';

/** One model's hit rates on the validation orders, in percent. */
export interface ValidationScore {
  readonly id: string;
  readonly label: string;
  readonly hr3: number;
  readonly hr10: number;
}

export interface ValidationSplit {
  /** Orders the candidates learned from, and the newest ones they were tested on. */
  readonly trainOrders: number;
  readonly validationOrders: number;
  /** Leave-one-out cases: each product of each validation order with ≥ 2 products, ranked given the others. */
  readonly cases: number;
}

/** What selection decided, and why, in a form the admin can show as it is. */
export type ModelSelection =
  | {
      readonly kind: 'too_little_history';
      readonly chosen: ModelCandidate;
      readonly reason: string;
      readonly split: ValidationSplit;
    }
  | {
      readonly kind: 'default_kept' | 'selected';
      readonly chosen: ModelCandidate;
      readonly reason: string;
      readonly split: ValidationSplit;
      readonly candidates: readonly ValidationScore[];
      /** The rules a merchant knows, on the same orders: "best sellers" and "bought together". */
      readonly baselines: readonly ValidationScore[];
      /** One standard error of the default's hit rates: the margin a challenger must clear on both. */
      readonly standardError: { readonly hr3: number; readonly hr10: number };
    };
