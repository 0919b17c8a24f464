import type { StorefrontTokenKind } from './types.js';
import { randomToken } from './credential-store.js';

interface StorefrontTokenRecord {
  readonly shop: string;
  readonly kind: StorefrontTokenKind;
}

/**
 * Storefront API tokens per shop. Public tokens go in `X-Shopify-Storefront-Access-Token` (browser use,
 * e.g. the checkout preview); private ones in `Shopify-Storefront-Private-Token` (server use).
 * https://shopify.dev/docs/api/storefront#authentication
 */
export class StorefrontTokens {
  private readonly tokens = new Map<string, StorefrontTokenRecord>();

  issue(shop: string, kind: StorefrontTokenKind): string {
    const token = randomToken(kind === 'private' ? 'shpsp_' : '');
    this.tokens.set(token, { shop, kind });
    return token;
  }

  /** True when `token` was issued for `shop` with the kind the header it came in expects. */
  accepts(token: string, shop: string, kind: StorefrontTokenKind): boolean {
    const record = this.tokens.get(token);
    return record !== undefined && record.shop === shop && record.kind === kind;
  }
}
