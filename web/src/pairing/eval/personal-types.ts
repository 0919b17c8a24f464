import type { PersonalWeights } from '@tandem/offer-core';
import type { ProfileSelection } from '../profile/build-profile.js';

/** What the personalised evaluation reports (`evaluatePersonal`), apart so the eval's types import no code. */
export const BUYER_GROUPS = ['returning', 'first_time', 'guest'] as const;
export type BuyerGroup = (typeof BUYER_GROUPS)[number];

export interface GroupResult {
  readonly group: BuyerGroup;
  readonly cases: number;
  /** HR@3 / HR@10 in percent, the engine as today and personalised, on the same cases. */
  readonly plain: { readonly hr3: number; readonly hr10: number };
  readonly personal: { readonly hr3: number; readonly hr10: number };
  /**
   * The same weights without the "not again within recentDays" rule (diagnostic: what the product rule costs; never
   * what checkout does).
   */
  readonly withoutRecentRule: { readonly hr3: number; readonly hr10: number };
  /** Cases whose target the buyer had bought before (a "Buy again" can hit only these). */
  readonly boughtBefore: number;
  /** Cases whose target was in the buyer's (capped) profile. */
  readonly inProfile: number;
  /** HR@10 of an oracle that ranks every target in the profile into the top 10 beside the engine's hits. */
  readonly oracleHr10: number;
}

export interface PersonalReport {
  readonly weights: PersonalWeights;
  readonly selection: ProfileSelection;
  /** Validation HR@3/HR@10 of returning buyers per profile selection and weight set tried, best first. */
  readonly validation: readonly {
    readonly selection: ProfileSelection;
    readonly weights: PersonalWeights;
    readonly hr3: number;
    readonly hr10: number;
  }[];
  readonly validationOrders: number;
  /** The returning buyers' validation cases under the chosen selection and weights. */
  readonly validationReturning: GroupResult;
  readonly groups: readonly GroupResult[];
}
