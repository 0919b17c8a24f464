import type { AuthContext } from './auth-context.js';
import { verifySessionToken } from './session-token.js';
import {
  oauthError,
  offlineResponse,
  onlineResponse,
  type TokenEndpointResponse,
} from './token-responses.js';
import type { EmulatedApp } from './types.js';

/** Grant and token type URNs of Shopify's token exchange (RFC 8693 profile). */
export const TOKEN_EXCHANGE_GRANT = 'urn:ietf:params:oauth:grant-type:token-exchange';
export const ID_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:id_token';
export const OFFLINE_TOKEN_TYPE = 'urn:shopify:params:oauth:token-type:offline-access-token';
export const ONLINE_TOKEN_TYPE = 'urn:shopify:params:oauth:token-type:online-access-token';

export interface ExchangeRequest {
  readonly subjectToken: string;
  readonly subjectTokenType: string;
  readonly requestedTokenType: string;
  readonly expiring: boolean;
}

/**
 * Token exchange (https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/token-exchange):
 * a session token (id_token) becomes an online or offline access token; a non-expiring offline token
 * becomes an expiring one.
 */
export async function tokenExchange(
  auth: AuthContext,
  app: EmulatedApp,
  shop: string,
  request: ExchangeRequest,
): Promise<TokenEndpointResponse> {
  const scopes = auth.credentials.installedScopes(shop, app.clientId);
  if (request.subjectTokenType === OFFLINE_TOKEN_TYPE) return migrateToExpiring(auth, app, shop, request);
  if (request.subjectTokenType !== ID_TOKEN_TYPE) {
    return oauthError(
      400,
      'invalid_request',
      `subject_token_type must be ${ID_TOKEN_TYPE} or ${OFFLINE_TOKEN_TYPE}.`,
    );
  }
  if (request.requestedTokenType !== OFFLINE_TOKEN_TYPE && request.requestedTokenType !== ONLINE_TOKEN_TYPE) {
    return oauthError(
      400,
      'invalid_request',
      `requested_token_type must be ${OFFLINE_TOKEN_TYPE} or ${ONLINE_TOKEN_TYPE}.`,
    );
  }
  const check = await verifySessionToken(request.subjectToken, app, shop, auth.clock());
  if (check.kind === 'invalid' || !scopes) {
    return oauthError(
      400,
      'invalid_subject_token',
      `Subject token is invalid: ${check.kind === 'invalid' ? check.reason : 'app not installed'}`,
    );
  }
  return request.requestedTokenType === ONLINE_TOKEN_TYPE
    ? onlineResponse(auth, app, shop, scopes, check.userId)
    : offlineResponse(auth, app, shop, scopes, request.expiring);
}

/** Exchanging a non-expiring offline token for an expiring one revokes the old token. */
function migrateToExpiring(
  auth: AuthContext,
  app: EmulatedApp,
  shop: string,
  request: ExchangeRequest,
): TokenEndpointResponse {
  const old = auth.credentials.verify(request.subjectToken, shop);
  if (!old || old.clientId !== app.clientId || old.mode !== 'offline' || old.expiresAt !== null) {
    return oauthError(
      400,
      'invalid_subject_token',
      'Subject token is not a valid non-expiring offline access token.',
    );
  }
  auth.credentials.revoke(old.token);
  return offlineResponse(auth, app, shop, old.scopes, true);
}
