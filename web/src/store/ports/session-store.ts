import type { Session } from '@shopify/shopify-api';

/**
 * @shopify/shopify-api's session storage contract (as in @shopify/shopify-app-session-storage), so the
 * Shopify libraries can use it directly. Offline sessions hold the shop's access token.
 */
export interface SessionStore {
  storeSession(session: Session): Promise<boolean>;
  loadSession(id: string): Promise<Session | undefined>;
  /** True also when there was nothing to delete. */
  deleteSession(id: string): Promise<boolean>;
  deleteSessions(ids: string[]): Promise<boolean>;
  findSessionsByShop(shop: string): Promise<Session[]>;
  /**
   * Reseals every stored session under the current token key (after a key rotation, or rows stored before
   * encryption); returns how many were rewritten. `npm run tokens:rekey`.
   */
  rekey(): Promise<number>;
}
