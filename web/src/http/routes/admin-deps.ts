import type { RepublishState } from '../../api-contract/index.js';
import type { AdminClient } from '../../shopify/admin/client.js';
import type { Stores } from '../../store/types.js';

/** What the embedded admin's API routes need; app.ts builds it once. */
export interface AdminDeps {
  readonly stores: Stores;
  readonly adminClient: (shop: string) => Promise<AdminClient>;
  /** The shop's currency (prices in the store are minor units of it). */
  readonly shopCurrency: (shop: string) => Promise<string>;
  /**
   * A merchant rule changed (pin, exclude, manual pairing, never-together, tier family): the shop's offer lists
   * must be recomputed and republished.
   */
  readonly onRulesChanged: (shop: string) => Promise<void>;
  /**
   * The merchant switched personalisation on: the shop's customers with orders in the history window are not known
   * yet (syncs remember them only while it is on), so their orders are synced again; that sync's recompute then
   * writes their profiles.
   */
  readonly onPersonalisationOn: (shop: string) => Promise<void>;
  /** Where that recompute and republish stands for the shop. */
  readonly republishState: (shop: string) => RepublishState;
  readonly now: () => Date;
}
