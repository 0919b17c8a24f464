import type { EngineOptions } from '../engine/types.js';
import type { EmulatorEngine } from '../engine/index.js';
import type { ShopSeed } from '../state/types.js';
import type { ControlClient } from './control/client.js';

/** An app as configured in the Partner Dashboard / shopify.app.toml. */
export interface EmulatorAppOptions {
  readonly clientId: string;
  readonly clientSecret: string;
  /** Numeric app id (the `$app` namespace becomes `app--<appId>`); derived from the client id if absent. */
  readonly appId?: string;
  readonly scopes: readonly string[];
  /** Default delivery target for the app's webhooks (and its compliance webhooks) when none is registered. */
  readonly webhookUri?: string;
  /**
   * Topics `webhookUri` receives, as the app's shopify.app.toml subscribes them. Default: every topic in
   * WEBHOOK_TOPICS (not e.g. bulk_operations/finish, which an app registers through the API).
   * Compliance topics always go to `webhookUri`.
   */
  readonly webhookTopics?: readonly string[];
  /** `webhooks.api_version`, sent as X-Shopify-API-Version. Default: the newest implemented version. */
  readonly webhookApiVersion?: string;
  /** The settings fields of the app's web pixel extension; absent: it has none (see EngineOptions). */
  readonly webPixelFields?: EngineOptions['webPixelFields'];
  /** Allowed OAuth redirect URLs; default: any http(s) URL. */
  readonly redirectUrls?: readonly string[];
}

export interface EmulatorOptions {
  /** 0 (default) = a free port. */
  readonly port?: number;
  readonly host?: string;
  readonly apps: readonly EmulatorAppOptions[];
  readonly shops: readonly ShopSeed[];
  /** Passed to the engine (bucket restore, bulk operation pacing). */
  readonly timeScale?: number;
  /** Epoch-ms clock for tokens, timestamps and the engine. Default Date.now. */
  readonly clock?: () => number;
  /** Webhook retry policy; Shopify's defaults are 8 retries over ~4 hours and a 5 s timeout. */
  readonly webhookRetry?: {
    readonly retries?: number;
    readonly baseDelayMs?: number;
    readonly timeoutMs?: number;
  };
  /** Install every app on every shop at start (default true), as if the merchant had installed it. */
  readonly preinstall?: boolean;
  /** Request body limit for the APIs; larger bodies get 413. Default 4 MiB (staged uploads: 20 MiB). */
  readonly maxBodyBytes?: number;
  /** Seed for `share` faults, so the same requests fail in every run. */
  readonly faultSeed?: number;
  /**
   * Offline token issuing: expiring-token lifetimes (seconds) and the instant (ISO-8601) from which
   * non-expiring offline tokens are refused. Defaults: Shopify's 3,600 s, 90 days for refresh tokens, no cut-off.
   */
  readonly tokens?: {
    readonly offlineTtlS?: number;
    readonly refreshTtlS?: number;
    readonly nonExpiringCutoff?: string;
  };
  /** Per-shop engine settings (restore rate, bucket size, concurrent bulk queries). */
  readonly shopSettings?: Readonly<Record<string, Parameters<EmulatorEngine['addShop']>[1]>>;
}

export interface Emulator {
  /** Base URL, e.g. http://127.0.0.1:41234 (Shopify's https://{shop}/{path} is served at `${url}/shops/{shop}/{path}`). */
  readonly url: string;
  readonly engine: EmulatorEngine;
  readonly control: ControlClient;
  close(): Promise<void>;
}
