/**
 * The only reader of `process.env`. Everything else receives an `AppConfig`.
 * With nothing set, the defaults run the local demo: SQLite under data/, in-process jobs, the Shopify emulator.
 */
import path from 'node:path';
import { z } from 'zod';
import { billingConfig, billingEnvShape, type BillingConfig } from './billing/plans.js';
import { ConfigError } from './errors.js';
import { decodeTokenKey, DEMO_TOKEN_KEY, type TokenKeys } from './store/shared/token-cipher.js';

/** Admin API version the app speaks; the emulator and codegen use the same schema. */
export const ADMIN_API_VERSION = '2026-10';
export const STOREFRONT_API_VERSION = '2026-10';

/** Scopes the app asks for (shopify.app.toml says the same); `read_all_orders` is optional, see README. */
export const DEFAULT_SCOPES = [
  'read_products',
  'write_products',
  'read_orders',
  'read_inventory',
  'read_discounts',
  'write_discounts',
  // The web pixel: connected with webPixelCreate/Update (web/src/pixel), which need both.
  'write_pixels',
  'read_customer_events',
  // Buyer profiles (personalisation, off by default): the app's `$app:tandem`/`profile` customer metafield.
  'write_customers',
] as const;

/** Emulator credentials used when no real app is configured; never valid on Shopify. */
export const EMULATOR_APP = {
  apiKey: 'tandem-demo-client-id',
  apiSecret: 'tandem-demo-client-secret',
} as const;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const url = (protocols: readonly string[], example: string) =>
  z
    .string()
    .trim()
    .refine(
      (value) => {
        try {
          return protocols.includes(new URL(value).protocol);
        } catch {
          return false;
        }
      },
      `must be a ${protocols.join(' or ')} URL, e.g. ${example}`,
    );

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const tokenKey = z.string().superRefine((value, context) => {
  const decoded = decodeTokenKey(value);
  if (decoded.kind === 'invalid') context.addIssue({ code: 'custom', message: decoded.reason });
});

const envSchema = z.object({
  NODE_ENV: optional(z.enum(['development', 'test', 'production'])).default('development'),
  PORT: optional(z.coerce.number().int().min(0).max(65_535)).default(3000),
  HOST: optional(z.string().min(1)).default('127.0.0.1'),
  LOG_LEVEL: optional(z.enum(LOG_LEVELS)).default('info'),
  DATA_DIR: optional(z.string().min(1)).default('data'),
  JOB_CONCURRENCY: optional(z.coerce.number().int().min(1).max(64)).default(4),
  JOB_LOCK_MS: optional(z.coerce.number().int().min(2_000).max(600_000)).default(30_000),
  EVENT_RETENTION_DAYS: optional(z.coerce.number().int().min(7).max(3_650)).default(90),
  PROFILE_BULK_THRESHOLD: optional(z.coerce.number().int().min(1).max(100_000_000)).default(2_000),
  // npm sets INIT_CWD to where `npm start` was typed; workspace scripts run inside web/, so relative paths
  // (DATA_DIR) resolve against the former to mean what the user typed.
  INIT_CWD: optional(z.string().min(1)),
  SHOPIFY_API_KEY: optional(z.string().min(1)),
  SHOPIFY_API_SECRET: optional(z.string().min(1)),
  SHOPIFY_APP_URL: optional(url(['https:', 'http:'], 'https://tandem.example.com')),
  SCOPES: optional(
    z
      .string()
      .regex(/^[a-z_]+(,[a-z_]+)*$/, 'must be a comma-separated list such as read_products,read_orders'),
  ),
  SHOPIFY_EMULATOR_URL: optional(url(['http:'], 'http://127.0.0.1:4100')),
  DATABASE_URL: optional(url(['postgres:', 'postgresql:'], 'postgres://user:password@host:5432/tandem')),
  REDIS_URL: optional(url(['redis:', 'rediss:'], 'redis://127.0.0.1:6379')),
  TOKEN_ENCRYPTION_KEY: optional(tokenKey),
  TOKEN_ENCRYPTION_PREVIOUS_KEYS: optional(
    z
      .string()
      .transform((value) => value.split(',').map((key) => key.trim()))
      .pipe(z.array(tokenKey)),
  ),
  ...billingEnvShape,
});

export type DatabaseConfig =
  | { readonly kind: 'sqlite'; readonly filename: string }
  | { readonly kind: 'postgres'; readonly url: string };
/** `concurrency`: jobs one process runs at once (one shop's jobs still run one at a time). */
export type QueueConfig =
  | { readonly kind: 'in-process'; readonly concurrency: number }
  | {
      readonly kind: 'bullmq';
      readonly redisUrl: string;
      readonly concurrency: number;
      /** A dead worker's jobs (and its shops' serial locks) are taken over after this long. */
      readonly lockMs: number;
    };

export interface ShopifyConfig {
  /** `emulator`: the local stand-in for Shopify (demo, tests); `live`: real Shopify. */
  readonly mode: 'emulator' | 'live';
  readonly apiKey: string;
  readonly apiSecret: string;
  readonly appUrl: string;
  readonly scopes: readonly string[];
  readonly adminApiVersion: typeof ADMIN_API_VERSION;
  /** Emulator to talk to; unset in emulator mode means "start one in this process". */
  readonly emulatorUrl: string | undefined;
}

export interface AppConfig {
  readonly env: 'development' | 'test' | 'production';
  readonly port: number;
  readonly host: string;
  readonly logLevel: (typeof LOG_LEVELS)[number];
  readonly dataDir: string;
  readonly shopify: ShopifyConfig;
  readonly database: DatabaseConfig;
  readonly queue: QueueConfig;
  /** Keys sealing access and refresh tokens at rest (AES-256-GCM); the demo key in emulator mode when unset. */
  readonly tokenKeys: TokenKeys;
  /** Raw pixel events are deleted this many days after they happened (once rolled up). */
  readonly eventRetentionDays: number;
  /** The plans and their prices (billing/plans.ts). */
  readonly billing: BillingConfig;
  /**
   * A profile sync with at least this many buyer profiles to write uses bulk mutations (staged JSONL) instead of
   * metafieldsSet 25 a call: 2,000 profiles are 80 calls, about 900 of the 2,000-point bucket.
   */
  readonly profileBulkThreshold: number;
}

/** Reads and validates the environment; throws one ConfigError that lists every problem and how to fix it. */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  const problems: string[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  if (!parsed.success) throw configError(problems);
  const e = parsed.data;

  const live = e.SHOPIFY_API_KEY !== undefined || e.SHOPIFY_API_SECRET !== undefined;
  if (live) {
    if (!e.SHOPIFY_API_KEY)
      problems.push(
        "SHOPIFY_API_KEY: required with SHOPIFY_API_SECRET (the app's client id from the Partner Dashboard)",
      );
    if (!e.SHOPIFY_API_SECRET)
      problems.push("SHOPIFY_API_SECRET: required with SHOPIFY_API_KEY (the app's client secret)");
    if (!e.SHOPIFY_APP_URL)
      problems.push('SHOPIFY_APP_URL: required for a real app (the public https URL Shopify calls)');
    if (e.SHOPIFY_EMULATOR_URL)
      problems.push('SHOPIFY_EMULATOR_URL: cannot be combined with real app credentials');
    if (!e.TOKEN_ENCRYPTION_KEY || e.TOKEN_ENCRYPTION_KEY === DEMO_TOKEN_KEY)
      problems.push(
        "TOKEN_ENCRYPTION_KEY: required for a real app: it encrypts shops' access tokens at rest (create one with `openssl rand -base64 32` and keep it in your secret store)",
      );
  }
  if (e.NODE_ENV === 'production' && !live) {
    problems.push(
      'SHOPIFY_API_KEY / SHOPIFY_API_SECRET: required when NODE_ENV=production (the emulator is for local use only)',
    );
  }
  const billing = billingConfig(e, problems);
  if (problems.length > 0) throw configError(problems);

  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    dataDir: path.resolve(e.INIT_CWD ?? '.', e.DATA_DIR),
    shopify: {
      mode: live ? 'live' : 'emulator',
      apiKey: e.SHOPIFY_API_KEY ?? EMULATOR_APP.apiKey,
      apiSecret: e.SHOPIFY_API_SECRET ?? EMULATOR_APP.apiSecret,
      appUrl: e.SHOPIFY_APP_URL ?? `http://localhost:${e.PORT}`,
      scopes: e.SCOPES ? e.SCOPES.split(',') : DEFAULT_SCOPES,
      adminApiVersion: ADMIN_API_VERSION,
      emulatorUrl: e.SHOPIFY_EMULATOR_URL,
    },
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'sqlite', filename: path.resolve(e.INIT_CWD ?? '.', e.DATA_DIR, 'tandem.sqlite') },
    queue: e.REDIS_URL
      ? { kind: 'bullmq', redisUrl: e.REDIS_URL, concurrency: e.JOB_CONCURRENCY, lockMs: e.JOB_LOCK_MS }
      : { kind: 'in-process', concurrency: e.JOB_CONCURRENCY },
    tokenKeys: {
      current: e.TOKEN_ENCRYPTION_KEY ?? DEMO_TOKEN_KEY,
      previous: e.TOKEN_ENCRYPTION_PREVIOUS_KEYS ?? [],
    },
    eventRetentionDays: e.EVENT_RETENTION_DAYS,
    billing,
    profileBulkThreshold: e.PROFILE_BULK_THRESHOLD,
  };
}

function configError(problems: readonly string[]): ConfigError {
  return new ConfigError(
    `Invalid configuration (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
      problems.map((problem) => `  - ${problem}`).join('\n') +
      '\nSet these environment variables (see README "Configuration") and start again.',
  );
}

/** A URL safe to log: the host and database, never the password. */
export function describeUrl(value: string): string {
  try {
    const parsed = new URL(value);
    return `${parsed.protocol}//${parsed.hostname}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname}`;
  } catch {
    return '(unparseable URL)';
  }
}

/** What `npm run app:config` needs to write the deployable app configuration: the app's identity, nothing secret. */
export interface DeployConfig {
  /** The app's client id (SHOPIFY_API_KEY), from the Dev Dashboard or `shopify app config link`. */
  readonly clientId: string;
  /** The public https URL the app is served at (SHOPIFY_APP_URL). */
  readonly appUrl: string;
}

const deploySchema = z.object({
  SHOPIFY_API_KEY: z.string({ error: 'required: the client id of your app (Dev Dashboard)' }).trim().min(1),
  SHOPIFY_APP_URL: url(['https:'], 'https://tandem.example.com'),
});

/** Reads SHOPIFY_API_KEY and SHOPIFY_APP_URL for a deploy; one ConfigError lists every problem. */
export function loadDeployConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
): DeployConfig {
  const parsed = deploySchema.safeParse(env);
  if (!parsed.success)
    throw configError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  return { clientId: parsed.data.SHOPIFY_API_KEY, appUrl: parsed.data.SHOPIFY_APP_URL.replace(/\/+$/, '') };
}
