import type { AuthContext } from './auth-context.js';
import { findStaff } from './auth-context.js';
import { ONLINE_TOKEN_TTL_S, type RefreshGrant } from './credential-store.js';
import { associatedUser } from './staff.js';
import type { AccessTokenGrant, EmulatedApp } from './types.js';

/** Bodies of `POST /admin/oauth/access_token`, shaped as @shopify/shopify-api's AccessTokenResponse types. */
export interface TokenEndpointResponse {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

export const oauthError = (status: number, error: string, description: string): TokenEndpointResponse => ({
  status,
  body: { error, error_description: description },
});

export function offlineResponse(
  auth: AuthContext,
  app: EmulatedApp,
  shop: string,
  scopes: readonly string[],
  expiring: boolean,
): TokenEndpointResponse {
  if (!expiring && auth.credentials.nonExpiringRefused()) {
    return oauthError(
      400,
      'invalid_request',
      'Non-expiring offline access tokens are no longer issued to this app; request an expiring token (expiring=1).',
    );
  }
  const issued = auth.credentials.issueOffline(shop, app.clientId, scopes, expiring);
  return ok(offlineBody(issued.grant, issued.refresh, auth.clock()));
}

export function offlineBody(
  grant: AccessTokenGrant,
  refresh: RefreshGrant | null,
  now: number,
): Record<string, unknown> {
  const body: Record<string, unknown> = { access_token: grant.token, scope: grant.scopes.join(',') };
  if (refresh && grant.expiresAt !== null) {
    body['expires_in'] = Math.round((grant.expiresAt - now) / 1000);
    body['refresh_token'] = refresh.token;
    body['refresh_token_expires_in'] = Math.round((refresh.expiresAt - now) / 1000);
  }
  return body;
}

export function onlineResponse(
  auth: AuthContext,
  app: EmulatedApp,
  shop: string,
  scopes: readonly string[],
  userId: number,
): TokenEndpointResponse {
  const user = findStaff(auth, shop, userId);
  if (!user) return oauthError(400, 'invalid_subject_token', `Subject token names unknown user ${userId}.`);
  const grant = auth.credentials.issueOnline(shop, app.clientId, scopes, user.id);
  return ok({
    access_token: grant.token,
    scope: scopes.join(','),
    expires_in: ONLINE_TOKEN_TTL_S,
    associated_user_scope: scopes.join(','),
    associated_user: associatedUser(user),
  });
}

export const ok = (body: Record<string, unknown>): TokenEndpointResponse => ({ status: 200, body });
