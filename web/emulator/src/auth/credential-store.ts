import { randomBytes } from 'node:crypto';
import type { AccessTokenGrant } from './types.js';

/**
 * Token lifetimes, as Shopify documents them:
 * - online tokens live for the user's admin session; Shopify's examples return `expires_in: 86399`
 *   (https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/online-access-tokens);
 * - expiring offline tokens live 60 minutes and come with a refresh token
 *   (https://shopify.dev/changelog/offline-access-tokens-now-support-expiry-and-refresh);
 * - the refresh token lifetime (90 days) is our assumption: the changelog does not state it.
 * Non-expiring offline tokens are permanent until uninstall, and re-authorising returns the same token
 * (https://shopify.dev/docs/apps/auth/access-token-types/offline).
 */
export const ONLINE_TOKEN_TTL_S = 86_399;
export const EXPIRING_OFFLINE_TTL_S = 3_600;
export const REFRESH_TOKEN_TTL_S = 90 * 24 * 3_600;

/** How the emulated Shopify issues offline tokens; tests shorten lifetimes and set the cut-off. */
export interface TokenPolicy {
  /** Lifetime of an expiring offline access token (default 3,600 s, as Shopify). */
  readonly offlineTtlS: number;
  /** Lifetime of a refresh token (default 90 days). */
  readonly refreshTtlS: number;
  /**
   * From this instant (epoch ms) non-expiring offline tokens are refused: no new ones are issued and existing
   * ones stop working, as Shopify announced for public apps from 2027-01-01. Undefined: no cut-off.
   */
  readonly nonExpiringCutoff: number | undefined;
}

export const DEFAULT_TOKEN_POLICY: TokenPolicy = {
  offlineTtlS: EXPIRING_OFFLINE_TTL_S,
  refreshTtlS: REFRESH_TOKEN_TTL_S,
  nonExpiringCutoff: undefined,
};

export interface RefreshGrant {
  readonly token: string;
  readonly expiresAt: number;
}

interface RefreshRecord {
  readonly shop: string;
  readonly clientId: string;
  readonly scopes: readonly string[];
  readonly expiresAt: number;
}

export function randomToken(prefix: string): string {
  return `${prefix}${randomBytes(16).toString('hex')}`;
}

const pairKey = (shop: string, clientId: string): string => `${shop}|${clientId}`;

/** In-memory installations and Admin API credentials, all bound to one (shop, app) pair. */
export class CredentialStore {
  private readonly installs = new Map<string, readonly string[]>();
  private readonly tokens = new Map<string, AccessTokenGrant>();
  private readonly permanentOffline = new Map<string, string>();
  private readonly refreshTokens = new Map<string, RefreshRecord>();
  /** Grants issued per (shop, app), for tests that count refreshes. */
  private readonly counts = new Map<string, { issued: number; refreshes: number; refused: number }>();

  constructor(
    private readonly clock: () => number,
    readonly policy: TokenPolicy = DEFAULT_TOKEN_POLICY,
  ) {}

  /** True once non-expiring offline tokens are refused (the policy's cut-off has passed). */
  nonExpiringRefused(): boolean {
    return this.policy.nonExpiringCutoff !== undefined && this.clock() >= this.policy.nonExpiringCutoff;
  }

  install(shop: string, clientId: string, scopes: readonly string[]): void {
    this.installs.set(pairKey(shop, clientId), [...scopes]);
  }

  installedScopes(shop: string, clientId: string): readonly string[] | undefined {
    return this.installs.get(pairKey(shop, clientId));
  }

  /** Uninstall revokes every credential of the pair, as Shopify does. Returns false if it was not installed. */
  uninstall(shop: string, clientId: string): boolean {
    const key = pairKey(shop, clientId);
    const wasInstalled = this.installs.delete(key);
    this.permanentOffline.delete(key);
    for (const [token, grant] of this.tokens) {
      if (grant.shop === shop && grant.clientId === clientId) this.tokens.delete(token);
    }
    for (const [token, record] of this.refreshTokens) {
      if (record.shop === shop && record.clientId === clientId) this.refreshTokens.delete(token);
    }
    return wasInstalled;
  }

  issueOffline(
    shop: string,
    clientId: string,
    scopes: readonly string[],
    expiring: boolean,
  ): { grant: AccessTokenGrant; refresh: RefreshGrant | null } {
    const key = pairKey(shop, clientId);
    if (!expiring) {
      const existing = this.permanentOffline.get(key);
      const known = existing === undefined ? undefined : this.tokens.get(existing);
      if (known && sameScopes(known.scopes, scopes)) return { grant: known, refresh: null };
      const grant = this.store({ shop, clientId, scopes, mode: 'offline', userId: null, expiresAt: null });
      this.permanentOffline.set(key, grant.token);
      return { grant, refresh: null };
    }
    const now = this.clock();
    this.count(shop, clientId, 'issued');
    const grant = this.store({
      shop,
      clientId,
      scopes,
      mode: 'offline',
      userId: null,
      expiresAt: now + this.policy.offlineTtlS * 1000,
    });
    const refresh = { token: randomToken('shprt_'), expiresAt: now + this.policy.refreshTtlS * 1000 };
    this.refreshTokens.set(refresh.token, { shop, clientId, scopes, expiresAt: refresh.expiresAt });
    return { grant, refresh };
  }

  issueOnline(shop: string, clientId: string, scopes: readonly string[], userId: number): AccessTokenGrant {
    const expiresAt = this.clock() + ONLINE_TOKEN_TTL_S * 1000;
    return this.store({ shop, clientId, scopes, mode: 'online', userId, expiresAt });
  }

  /** Expiring offline tokens issued (by exchange or refresh), refreshes granted and refused, for (shop, app). */
  tokenStats(shop: string, clientId: string): { issued: number; refreshes: number; refused: number } {
    return { ...(this.counts.get(pairKey(shop, clientId)) ?? { issued: 0, refreshes: 0, refused: 0 }) };
  }

  private count(shop: string, clientId: string, what: 'issued' | 'refreshes' | 'refused'): void {
    const key = pairKey(shop, clientId);
    const stats = this.counts.get(key) ?? { issued: 0, refreshes: 0, refused: 0 };
    stats[what] += 1;
    this.counts.set(key, stats);
  }

  /**
   * Rotates a refresh token: the old one stops working, a new expiring offline token is issued; so a second
   * refresh with the same refresh token (two refreshers racing) is refused.
   */
  refresh(
    shop: string,
    clientId: string,
    refreshToken: string,
  ): { grant: AccessTokenGrant; refresh: RefreshGrant } | undefined {
    const record = this.refreshTokens.get(refreshToken);
    if (!record || record.shop !== shop || record.clientId !== clientId || record.expiresAt <= this.clock()) {
      this.count(shop, clientId, 'refused');
      return undefined;
    }
    this.count(shop, clientId, 'refreshes');
    this.refreshTokens.delete(refreshToken);
    const issued = this.issueOffline(shop, clientId, record.scopes, true);
    if (!issued.refresh) throw new Error('expiring offline grant without refresh token');
    return { grant: issued.grant, refresh: issued.refresh };
  }

  revoke(token: string): void {
    const grant = this.tokens.get(token);
    if (!grant) return;
    this.tokens.delete(token);
    const key = pairKey(grant.shop, grant.clientId);
    if (this.permanentOffline.get(key) === token) this.permanentOffline.delete(key);
  }

  /** The grant behind a token presented for `shop`, or undefined if unknown, revoked, expired or for another shop. */
  verify(token: string, shop: string): AccessTokenGrant | undefined {
    const grant = this.tokens.get(token);
    if (!grant || grant.shop !== shop) return undefined;
    if (grant.expiresAt !== null && grant.expiresAt <= this.clock()) return undefined;
    if (grant.mode === 'offline' && grant.expiresAt === null && this.nonExpiringRefused()) return undefined;
    return this.installs.has(pairKey(shop, grant.clientId)) ? grant : undefined;
  }

  private store(fields: Omit<AccessTokenGrant, 'token'>): AccessTokenGrant {
    const grant: AccessTokenGrant = {
      token: randomToken(fields.mode === 'online' ? 'shpua_' : 'shpat_'),
      ...fields,
    };
    this.tokens.set(grant.token, grant);
    return grant;
  }
}

function sameScopes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join(',') === [...b].sort().join(',');
}
