export { MODEL_CANDIDATES, type ModelCandidate } from './candidates.js';
export { BASELINE_LABELS, selectForHistory, selectModel, type SelectionOptions } from './select-model.js';
export type { ModelSelection, ValidationScore, ValidationSplit } from './types.js';
