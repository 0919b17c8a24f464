import type { AuthContext } from './auth-context.js';
import { TOKEN_EXCHANGE_GRANT, tokenExchange } from './token-exchange.js';
import {
  offlineBody,
  oauthError,
  offlineResponse,
  ok,
  onlineResponse,
  type TokenEndpointResponse,
} from './token-responses.js';
import type { EmulatedApp } from './types.js';

/**
 * `POST /admin/oauth/access_token`: the authorization-code grant, token exchange (session token →
 * online/offline token, and non-expiring → expiring offline token) and the refresh-token grant.
 * Error bodies follow Shopify's: e.g. 400 `invalid_request` "The authorization code was not found or
 * was already used", 400 `invalid_subject_token` for a bad session token.
 */
export async function accessTokenEndpoint(
  auth: AuthContext,
  shop: string,
  body: Readonly<Record<string, unknown>>,
): Promise<TokenEndpointResponse> {
  const field = (key: string): string => (typeof body[key] === 'string' ? body[key] : '');
  const app = auth.apps.get(field('client_id'));
  if (!app || field('client_secret') !== app.clientSecret) {
    return oauthError(
      400,
      'invalid_client',
      'Client authentication failed: unknown client_id or wrong client_secret.',
    );
  }
  const expiring = ['1', 'true'].includes(String(body['expiring'] ?? '0'));
  const grantType = field('grant_type');
  if (grantType === '' || grantType === 'authorization_code')
    return codeGrant(auth, app, shop, field('code'), expiring);
  if (grantType === TOKEN_EXCHANGE_GRANT) {
    return tokenExchange(auth, app, shop, {
      subjectToken: field('subject_token'),
      subjectTokenType: field('subject_token_type'),
      requestedTokenType: field('requested_token_type'),
      expiring,
    });
  }
  if (grantType === 'refresh_token') {
    const refreshed = auth.credentials.refresh(shop, app.clientId, field('refresh_token'));
    if (!refreshed)
      return oauthError(400, 'invalid_grant', 'The refresh token is invalid, expired or already used.');
    return ok(offlineBody(refreshed.grant, refreshed.refresh, auth.clock()));
  }
  return oauthError(400, 'unsupported_grant_type', `grant_type ${grantType} is not supported.`);
}

function codeGrant(
  auth: AuthContext,
  app: EmulatedApp,
  shop: string,
  code: string,
  expiring: boolean,
): TokenEndpointResponse {
  const redeemed = auth.codes.redeem(code, shop, app.clientId);
  if (redeemed.kind === 'invalid') {
    return oauthError(400, 'invalid_request', 'The authorization code was not found or was already used');
  }
  const { scopes, mode, userId } = redeemed.grant;
  auth.credentials.install(shop, app.clientId, scopes);
  return mode === 'online'
    ? onlineResponse(auth, app, shop, scopes, userId)
    : offlineResponse(auth, app, shop, scopes, expiring);
}
