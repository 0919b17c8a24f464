import type { ModelSelection } from '../pairing/selection/types.js';

/**
 * GET /api/offers/model: how the offers checkout shows were chosen — the model the last recompute published, and
 * how often it and the rules a merchant knows contained what customers bought next, on the shop's newest orders.
 * Null before the first recompute.
 */
export interface OfferModelResponse {
  readonly report: {
    readonly computedAt: string;
    /** Orders the published model learned from. */
    readonly orders: number;
    readonly selection: ModelSelection;
  } | null;
}
