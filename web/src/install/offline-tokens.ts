import { randomUUID } from 'node:crypto';
import { HttpResponseError, type Session, type Shopify } from '@shopify/shopify-api';
import { ShopUninstalledError, UnavailableError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Stores } from '../store/types.js';

export interface OfflineTokensDeps {
  readonly shopify: Shopify;
  readonly stores: Pick<Stores, 'sessions' | 'shops' | 'refreshLeases'>;
  readonly logger: Logger;
  readonly now: () => Date;
  /** Refresh when less than this is left (default 5 minutes; Shopify's tokens live 60). */
  readonly refreshMarginMs?: number;
  /** How long one process may hold a shop's refresh lease before another may take it (default 30 s). */
  readonly leaseTtlMs?: number;
  /** How often a process waiting for another's refresh looks again (default 100 ms). */
  readonly pollMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** A shop's expiring offline access token, refreshed before it expires and once after a 401. */
export interface OfflineTokens {
  accessToken(shop: string): Promise<string>;
  /** Shopify refused `rejected`: the token another refresh already put in its place, or a refreshed one. */
  afterUnauthorized(shop: string, rejected: string): Promise<string>;
}

/**
 * Expiring offline tokens (https://shopify.dev/changelog/offline-access-tokens-now-support-expiry-and-refresh):
 * a token lives 60 minutes and its refresh token is single-use, so a shop's refresh must happen once, not once
 * per concurrent request or process. In this process, concurrent callers share one refresh promise; across
 * processes, a lease row (refresh_leases) admits one refresher and the others wait, then read the token it
 * stored. A refresh Shopify refuses (4xx: revoked, expired, already used) marks the shop as needing
 * re-authentication — the merchant's next visit to the app exchanges a new token — and fails the caller
 * with a non-retryable ShopUninstalledError. A non-expiring token stored before this change is migrated to an
 * expiring one the same way (token exchange of the old token).
 */
export function createOfflineTokens(deps: OfflineTokensDeps): OfflineTokens {
  const { shopify, stores, logger } = deps;
  const marginMs = deps.refreshMarginMs ?? 5 * 60_000;
  const leaseTtlMs = deps.leaseTtlMs ?? 30_000;
  const pollMs = deps.pollMs ?? 100;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const holder = randomUUID();
  const inFlight = new Map<string, Promise<string>>();

  const usable = (session: Session) =>
    session.expires !== undefined && session.expires.getTime() - deps.now().getTime() > marginMs;

  async function load(shop: string): Promise<Session & { accessToken: string }> {
    const session = await stores.sessions.loadSession(shopify.session.getOfflineId(shop));
    if (!session?.accessToken)
      throw new ShopUninstalledError(`No access token for ${shop}; the merchant must open the app`);
    return session as Session & { accessToken: string };
  }

  async function exchange(shop: string, session: Session & { accessToken: string }): Promise<string> {
    try {
      const { session: fresh } = session.refreshToken
        ? await shopify.auth.refreshToken({ shop, refreshToken: session.refreshToken })
        : await shopify.auth.migrateToExpiringToken({
            shop,
            nonExpiringOfflineAccessToken: session.accessToken,
          });
      await stores.sessions.storeSession(fresh);
      logger.info({ shop, expires: fresh.expires?.toISOString() }, 'offline access token refreshed');
      return fresh.accessToken ?? '';
    } catch (error) {
      const status = error instanceof HttpResponseError ? error.response.code : undefined;
      if (status !== undefined && status >= 400 && status < 500) {
        await stores.shops.setNeedsReauth(shop, true);
        logger.warn({ shop, status }, 'Shopify refused the token refresh; the shop needs re-authentication');
        throw new ShopUninstalledError(
          `Shopify refused to refresh the access token of ${shop} (HTTP ${status}); the merchant must open the app`,
        );
      }
      throw new UnavailableError(`Refreshing the access token of ${shop} failed: ${String(error)}`, {
        cause: error,
      });
    }
  }

  /** Refreshes unless someone else already replaced `stale`; one refresher per shop across processes. */
  async function refresh(shop: string, stale: string): Promise<string> {
    const giveUpAt = Date.now() + 2 * leaseTtlMs;
    for (;;) {
      const seen = await load(shop);
      if (seen.accessToken !== stale && usable(seen)) return seen.accessToken;
      if (await stores.refreshLeases.tryAcquire(shop, holder, leaseTtlMs)) {
        try {
          // Read again under the lease: the refresher before us may have finished just now.
          const current = await load(shop);
          if (current.accessToken !== stale && usable(current)) return current.accessToken;
          return await exchange(shop, current);
        } finally {
          await stores.refreshLeases.release(shop, holder);
        }
      }
      if (Date.now() > giveUpAt)
        throw new UnavailableError(`Another process has been refreshing the token of ${shop} for too long`);
      await sleep(pollMs);
    }
  }

  function shared(shop: string, stale: string): Promise<string> {
    let pending = inFlight.get(shop);
    if (!pending) {
      pending = refresh(shop, stale).finally(() => inFlight.delete(shop));
      inFlight.set(shop, pending);
    }
    return pending;
  }

  return {
    async accessToken(shop) {
      const pending = inFlight.get(shop);
      if (pending) return pending;
      const session = await load(shop);
      return usable(session) ? session.accessToken : shared(shop, session.accessToken);
    },
    afterUnauthorized: (shop, rejected) => shared(shop, rejected),
  };
}
