import type { ShopIdentity } from '../state/types.js';
import { AuthCodes } from './auth-codes.js';
import { CredentialStore, DEFAULT_TOKEN_POLICY, type TokenPolicy } from './credential-store.js';
import { staffOf } from './staff.js';
import { StorefrontTokens } from './storefront-tokens.js';
import type { EmulatedApp, StaffUser } from './types.js';

/** Everything the OAuth, token and session-token endpoints share. */
export interface AuthContext {
  readonly clock: () => number;
  readonly apps: ReadonlyMap<string, EmulatedApp>;
  readonly staff: ReadonlyMap<string, readonly StaffUser[]>;
  readonly credentials: CredentialStore;
  readonly codes: AuthCodes;
  readonly storefront: StorefrontTokens;
}

export interface AuthContextOptions {
  readonly apps: readonly EmulatedApp[];
  readonly shops: readonly ShopIdentity[];
  readonly clock: () => number;
  /** Install every app on every shop at start, as if the merchant had installed it earlier. */
  readonly preinstall: boolean;
  readonly tokenPolicy?: TokenPolicy;
}

export function createAuthContext(options: AuthContextOptions): AuthContext {
  const credentials = new CredentialStore(options.clock, options.tokenPolicy ?? DEFAULT_TOKEN_POLICY);
  if (options.preinstall) {
    for (const shop of options.shops) {
      for (const app of options.apps) credentials.install(shop.domain, app.clientId, app.scopes);
    }
  }
  return {
    clock: options.clock,
    apps: new Map(options.apps.map((app) => [app.clientId, app])),
    staff: new Map(options.shops.map((shop) => [shop.domain, staffOf(shop)])),
    credentials,
    codes: new AuthCodes(options.clock),
    storefront: new StorefrontTokens(),
  };
}

/** The staff user `userId` of `shop`, or the account owner when no id is given. */
export function findStaff(auth: AuthContext, shop: string, userId?: number): StaffUser | undefined {
  const staff = auth.staff.get(shop) ?? [];
  return userId === undefined
    ? staff.find((user) => user.accountOwner)
    : staff.find((user) => user.id === userId);
}
