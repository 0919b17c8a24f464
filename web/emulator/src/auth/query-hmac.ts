import { createHmac } from 'node:crypto';

/**
 * Signs OAuth redirect parameters the way Shopify does: every parameter except `hmac`/`signature`,
 * sorted by key, form-encoded and joined with `&`, HMAC-SHA256 with the client secret, hex digest.
 * https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/authorization-code-grant#step-1-verify-the-installation-request
 */
export function signQuery(params: Readonly<Record<string, string>>, secret: string): string {
  const message = new URLSearchParams(
    Object.keys(params)
      .filter((key) => key !== 'hmac' && key !== 'signature')
      .sort((a, b) => a.localeCompare(b))
      .map((key): [string, string] => [key, params[key] ?? '']),
  ).toString();
  return createHmac('sha256', secret).update(message).digest('hex');
}

/** The `host` parameter: base64 of the shop's admin URL without scheme, as App Bridge expects. */
export function hostParam(shop: string): string {
  const storeName = shop.replace(/\.myshopify\.com$/, '');
  return Buffer.from(`admin.shopify.com/store/${storeName}`).toString('base64');
}
