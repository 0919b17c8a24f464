import { RequestedTokenType, type Shopify } from '@shopify/shopify-api';
import type { ControlClient } from '@tandem/emulator';
import type { Stores } from '../../store/types.js';

export interface ConnectDeps {
  readonly shop: string;
  readonly clientId: string;
  /** Where this process listens (the install goes through the app's own HTTP API, as the admin's would). */
  readonly localUrl: string;
  readonly control: Pick<ControlClient, 'sessionToken'>;
  readonly shopify: Shopify;
  readonly stores: Pick<Stores, 'shops' | 'sessions'>;
}

export type ConnectOutcome =
  | { readonly kind: 'installed'; readonly scopes: readonly string[] }
  | { readonly kind: 'reconnected'; readonly scopes: readonly string[] };

/**
 * Gets the app an offline token for the demo shop by token exchange, with a session token the emulator signs as
 * the Shopify admin would.
 *
 * First start: the session token goes to the app's own API, exactly like the embedded admin's first request; the
 * installer exchanges it, records the install and queues the first full sync.
 * Later starts: the in-memory emulator was started afresh, so the stored token is unknown to it. The same token
 * exchange gives a new one, and the data already synced is kept: no reinstall, no new full sync.
 */
export async function connectDemoShop(deps: ConnectDeps): Promise<ConnectOutcome> {
  const { shop, stores } = deps;
  const { token } = await deps.control.sessionToken({ shop, clientId: deps.clientId });
  const record = await stores.shops.get(shop);
  if (record?.status === 'installed') {
    const { session } = await deps.shopify.auth.tokenExchange({
      shop,
      sessionToken: token,
      requestedTokenType: RequestedTokenType.OfflineAccessToken,
      expiring: true, // as the installer asks: the demo runs the production token path
    });
    await stores.sessions.storeSession(session);
    await stores.shops.setNeedsReauth(shop, false);
    return { kind: 'reconnected', scopes: (session.scope ?? '').split(',').filter(Boolean) };
  }
  const response = await fetch(`${deps.localUrl}/api/sync`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!response.ok)
    throw new Error(`the app refused the install request: HTTP ${response.status} ${await response.text()}`);
  const installed = await stores.shops.get(shop);
  if (installed?.status !== 'installed') throw new Error(`${shop} is not installed after the token exchange`);
  return { kind: 'installed', scopes: installed.scopes };
}
