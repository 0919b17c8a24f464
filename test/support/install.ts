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
    }),
  );
}
