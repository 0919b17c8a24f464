/** The dashboard's setup checklist, in the order a merchant goes through it. */
export const SETUP_STEPS = ['sync', 'offers', 'block', 'pixel', 'order'] as const;
export type SetupStepId = (typeof SETUP_STEPS)[number];

/** One checklist item, decided on the server from what the app's store and Shopify hold now. */
export interface SetupStep {
  readonly id: SetupStepId;
  readonly done: boolean;
  /** When it became true, as far as the app knows (ISO time or UTC day); null when not done or unknown. */
  readonly since: string | null;
  /** What the merchant reads under the item: what was found, or what to do. */
  readonly detail: string;
}

/**
 * GET /api/setup. `checkoutEditorUrl` opens Shopify's checkout and accounts editor on its Apps tab, where the
 * Tandem block is placed: the Admin API exposes no app-block placement, so `block` is done once a real checkout
 * rendered the block (its pixel event), not when the editor saved it.
 */
export interface SetupResponse {
  readonly shop: string;
  readonly steps: readonly SetupStep[];
  readonly checkoutEditorUrl: string;
}
