import type { JsonValue } from './json.js';

/**
 * What the last recompute published and why: the pairing engine's model selection (candidates and the rules a
 * merchant knows, scored on the shop's newest orders), kept for the admin's "would these offers have been bought?".
 */
export interface ModelReport {
  readonly computedAt: string;
  /** Orders the model learned from. */
  readonly orders: number;
  /** The engine's `ModelSelection`, as JSON; the store treats it as opaque. */
  readonly selection: JsonValue;
}
