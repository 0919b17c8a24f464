import type { AuthContext } from './auth-context.js';
import { findStaff } from './auth-context.js';
import { hostParam, signQuery } from './query-hmac.js';

export type AuthorizeOutcome =
  { kind: 'redirect'; location: string } | { kind: 'error'; status: number; message: string };

/**
 * `GET /admin/oauth/authorize`: the merchant's consent screen. The emulator consents at once (the shop
 * owner approves every requested scope) and redirects back with code, hmac, host, shop, state and
 * timestamp, as https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/authorization-code-grant
 * describes. `grant_options[]=per-user` asks for an online token.
 */
export function authorize(
  auth: AuthContext,
  shop: string,
  query: Readonly<Record<string, unknown>>,
): AuthorizeOutcome {
  const text = (key: string): string => (typeof query[key] === 'string' ? query[key] : '');
  const app = auth.apps.get(text('client_id'));
  if (!app)
    return {
      kind: 'error',
      status: 400,
      message: 'Oauth error invalid_request: The client_id is missing or invalid.',
    };
  const redirectUri = text('redirect_uri');
  if (!isHttpUrl(redirectUri)) {
    return {
      kind: 'error',
      status: 400,
      message: 'Oauth error invalid_request: The redirect_uri is missing or invalid.',
    };
  }
  if (app.redirectUrls.length > 0 && !app.redirectUrls.includes(redirectUri)) {
    return {
      kind: 'error',
      status: 400,
      message: 'Oauth error invalid_request: The redirect_uri is not whitelisted',
    };
  }
  const owner = findStaff(auth, shop);
  if (!owner) return { kind: 'error', status: 404, message: `Unknown shop ${shop}` };
  const grantOptions = query['grant_options[]'] ?? query['grant_options'];
  const online = (Array.isArray(grantOptions) ? grantOptions : [grantOptions]).includes('per-user');
  const requested = text('scope')
    .split(',')
    .map((scope) => scope.trim())
    .filter((scope) => scope.length > 0);
  const scopes = requested.length > 0 ? requested : [...app.scopes];
  const code = auth.codes.issue({
    shop,
    clientId: app.clientId,
    scopes,
    mode: online ? 'online' : 'offline',
    userId: owner.id,
  });
  const params: Record<string, string> = {
    code,
    host: hostParam(shop),
    shop,
    state: text('state'),
    timestamp: String(Math.floor(auth.clock() / 1000)),
  };
  const location = new URL(redirectUri);
  for (const [key, value] of Object.entries(params)) location.searchParams.set(key, value);
  // The signature covers every parameter the app will see, including any already on its redirect URI.
  location.searchParams.set('hmac', signQuery(Object.fromEntries(location.searchParams), app.clientSecret));
  return { kind: 'redirect', location: location.toString() };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
