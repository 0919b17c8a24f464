/**
 * Auth model of the emulator: which apps exist, where they are installed, and the credentials Shopify
 * would have handed out (access tokens, refresh tokens, authorization codes, Storefront tokens).
 */

/** An app registered with the emulator, as a Partner Dashboard app would be. */
export interface EmulatedApp {
  readonly clientId: string;
  readonly clientSecret: string;
  /** Numeric app id; the engine resolves the `$app` metafield namespace to `app--<appId>`. */
  readonly appId: string;
  /** Scopes the app declares (shopify.app.toml `access_scopes.scopes`); granted on managed install. */
  readonly scopes: readonly string[];
  /** Default delivery target for the app's webhooks and its compliance (privacy) webhooks. */
  readonly webhookUri: string | null;
  /** Topics the configured URI receives (the app config's subscriptions). */
  readonly webhookTopics: readonly string[];
  /** `webhooks.api_version` of the app config; sent as X-Shopify-API-Version. */
  readonly webhookApiVersion: string;
  /** Allowed OAuth redirect URLs; empty = any absolute http(s) URL is accepted. */
  readonly redirectUrls: readonly string[];
}

export const ACCESS_MODES = ['offline', 'online'] as const;
export type AccessMode = (typeof ACCESS_MODES)[number];

/** What the emulator knows about an issued Admin API access token. */
export interface AccessTokenGrant {
  readonly token: string;
  readonly shop: string;
  readonly clientId: string;
  readonly scopes: readonly string[];
  readonly mode: AccessMode;
  /** Staff user the online token acts for. */
  readonly userId: number | null;
  /** Epoch ms; null = never expires (non-expiring offline token). */
  readonly expiresAt: number | null;
}

/** A staff member of an emulated shop: the `sub` of session tokens and `associated_user` of online tokens. */
export interface StaffUser {
  readonly id: number;
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  readonly accountOwner: boolean;
  readonly locale: string;
}

/** Storefront API tokens: public (`X-Shopify-Storefront-Access-Token`) or private (`Shopify-Storefront-Private-Token`). */
export const STOREFRONT_TOKEN_KINDS = ['public', 'private'] as const;
export type StorefrontTokenKind = (typeof STOREFRONT_TOKEN_KINDS)[number];
