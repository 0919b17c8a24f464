import type { PairingSettings } from '../types.js';

/** A model the per-shop selection may publish: settings over the engine's defaults, and a name merchants read. */
export interface ModelCandidate {
  readonly id: string;
  /** Plain words for the admin ("Learned + bought together"). */
  readonly label: string;
  readonly settings: Partial<PairingSettings>;
}

/**
 * What selection weighs, the default first: it is published unless another candidate is better beyond noise.
 * The default blends the learned item-item model with the co-occurrence scorer, which on the validation splits of
 * every real set beat either alone; the others cover shops where one side or another ridge strength is better.
 */
export const MODEL_CANDIDATES: readonly ModelCandidate[] = [
  { id: 'blend', label: 'Learned model + bought together', settings: {} },
  {
    id: 'blend-light-ridge',
    label: 'Learned model (light regularisation) + bought together',
    settings: { learnedLambda: 20 },
  },
  {
    id: 'blend-strong-ridge',
    label: 'Learned model (strong regularisation) + bought together',
    settings: { learnedLambda: 150 },
  },
  { id: 'learned', label: 'Learned model alone', settings: { learnedWeight: 1 } },
  {
    id: 'learned-light-ridge',
    label: 'Learned model alone (light regularisation)',
    settings: { learnedWeight: 1, learnedLambda: 20 },
  },
  { id: 'bought-together', label: 'Bought together (co-purchase scores)', settings: { learnedWeight: 0 } },
];
