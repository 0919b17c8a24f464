import { Session } from '@shopify/shopify-api';
import type { Stores } from '@tandem/web/store/index';

/**
 * What a finished install leaves in the database: the shop marked installed and its offline token stored, for
 * suites that run the app against an emulator install without going through token exchange.
 */
export async function storeInstall(
  stores: Pick<Stores, 'shops' | 'sessions'>,
  shop: string,
  accessToken: string,
  scopes: readonly string[],
): Promise<void> {
  await stores.shops.markInstalled(shop, { scopes: [...scopes], at: new Date().toISOString() });
  await stores.sessions.storeSession(
    new Session({
      id: `offline_${shop}`,
      shop,
      state: 'installed',
      isOnline: false,
      accessToken,
      scope: scopes.join(','),
      // As an expiring token is stored (an hour ahead): a test is over long before the app would refresh it, and
      // a token without expiry would first be migrated to an expiring one (install/offline-tokens.ts).
      expires: new Date(Date.now() + 3_600_000),
    }),
  );
}
