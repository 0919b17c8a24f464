import { RequestedTokenType, type Shopify } from '@shopify/shopify-api';
import { UnauthorizedError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Stores } from '../store/types.js';
import type { TandemQueue } from '../jobs/types.js';

export interface InstallerDeps {
  readonly shopify: Shopify;
  readonly stores: Pick<Stores, 'shops' | 'sessions'>;
  readonly queue: Pick<TandemQueue, 'enqueue'>;
  readonly logger: Logger;
  readonly now: () => Date;
}

export type InstallOutcome =
  { readonly kind: 'already-installed' } | { readonly kind: 'installed'; readonly scopes: readonly string[] };

/**
 * Shopify-managed installation: the first authenticated request of a shop without a usable offline token
 * exchanges the session token for one (token exchange), stores it, records the install and queues the first
 * full sync. Later requests find the token and return at once.
 */
export function createInstaller(deps: InstallerDeps) {
  const { shopify, stores, queue, logger } = deps;

  async function hasUsableToken(shop: string): Promise<boolean> {
    const [record, session] = await Promise.all([
      stores.shops.get(shop),
      stores.sessions.loadSession(shopify.session.getOfflineId(shop)),
    ]);
    return record?.status === 'installed' && !record.needsReauth && session?.accessToken !== undefined;
  }

  return {
    async ensureInstalled(shop: string, sessionToken: string): Promise<InstallOutcome> {
      if (await hasUsableToken(shop)) return { kind: 'already-installed' };
      let session;
      try {
        ({ session } = await shopify.auth.tokenExchange({
          shop,
          sessionToken,
          requestedTokenType: RequestedTokenType.OfflineAccessToken,
          // Expiring (60 min) with a refresh token: required for public apps (non-expiring ones are refused
          // from 2027-01-01); install/offline-tokens.ts refreshes it.
          expiring: true,
        }));
      } catch (error) {
        logger.warn({ shop, err: error }, 'token exchange failed');
        throw new UnauthorizedError(
          'Shopify did not grant an access token for this shop; reload the app to try again',
        );
      }
      await stores.sessions.storeSession(session);
      const scopes = (session.scope ?? '').split(',').filter(Boolean);
      const installedAt = deps.now().toISOString();
      await stores.shops.markInstalled(shop, { scopes, at: installedAt });
      await queue.enqueue(
        'sync',
        { shop, kind: 'full' },
        { idempotencyKey: `install-sync:${shop}:${installedAt}`, serialKey: shop },
      );
      logger.info({ shop, scopes }, 'shop installed; first sync queued');
      return { kind: 'installed', scopes };
    },
  };
}

export type Installer = ReturnType<typeof createInstaller>;
