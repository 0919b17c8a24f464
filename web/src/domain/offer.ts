import type { JsonValue } from './json.js';

/** The computed offer list of one product, as published to its `$app:tandem/offers` metafield. */
export interface OfferList {
  readonly productId: string;
  /** The compact ranked entries exactly as published; the store treats them as opaque JSON. */
  readonly offers: readonly JsonValue[];
  /** Votes published beside the offers (further partners, pairs), opaque JSON; absent when the list has none. */
  readonly votes?: JsonValue;
  /** sha256 (hex) of the canonical JSON of `offers` (and `votes`): publishing writes only lists whose hash changed. */
  readonly contentHash: string;
  readonly computedAt: string;
  readonly publishedAt: string | null;
  readonly publishedHash: string | null;
}
