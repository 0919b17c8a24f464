import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ConfigError } from './errors.js';
import { describeUrl, EMULATOR_APP, loadConfig } from './config.js';
import { DEMO_TOKEN_KEY } from './store/shared/token-cipher.js';

const KEY = Buffer.alloc(32, 3).toString('base64');
const OLD_KEY = Buffer.alloc(32, 4).toString('base64');

describe('loadConfig', () => {
  it('runs the local demo with nothing set: SQLite under data/, in-process jobs, emulator', () => {
    // Given an empty environment / When config loads
    const config = loadConfig({});
    // Then every default points at the local setup
    expect(config.database).toEqual({ kind: 'sqlite', filename: path.resolve('data', 'tandem.sqlite') });
    expect(config.queue).toEqual({ kind: 'in-process', concurrency: 4 });
    expect(config.shopify).toMatchObject({
      mode: 'emulator',
      apiKey: EMULATOR_APP.apiKey,
      emulatorUrl: undefined,
    });
    expect(config.port).toBe(3000);
    expect(config.shopify.scopes).toContain('write_discounts');
  });

  it('switches to Postgres, BullMQ and a real app from the environment', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://tandem:s3cret@db.internal:5432/tandem',
      REDIS_URL: 'redis://cache.internal:6379',
      SHOPIFY_API_KEY: 'key',
      SHOPIFY_API_SECRET: 'secret',
      SHOPIFY_APP_URL: 'https://tandem.example.com',
      SCOPES: 'read_products,read_orders',
      PORT: '8080',
      JOB_CONCURRENCY: '16',
      JOB_LOCK_MS: '10000',
      TOKEN_ENCRYPTION_KEY: KEY,
      TOKEN_ENCRYPTION_PREVIOUS_KEYS: `${OLD_KEY}, ${DEMO_TOKEN_KEY}`,
    });
    expect(config.database).toEqual({
      kind: 'postgres',
      url: 'postgres://tandem:s3cret@db.internal:5432/tandem',
    });
    expect(config.queue).toEqual({
      kind: 'bullmq',
      redisUrl: 'redis://cache.internal:6379',
      concurrency: 16,
      lockMs: 10_000,
    });
    expect(config.shopify).toMatchObject({
      mode: 'live',
      apiKey: 'key',
      scopes: ['read_products', 'read_orders'],
    });
    expect(config.port).toBe(8080);
    expect(config.tokenKeys).toEqual({ current: KEY, previous: [OLD_KEY, DEMO_TOKEN_KEY] });
  });

  it('refuses a real app without a token encryption key (or with the public demo key), and malformed keys', () => {
    const live = {
      SHOPIFY_API_KEY: 'key',
      SHOPIFY_API_SECRET: 'secret',
      SHOPIFY_APP_URL: 'https://tandem.example.com',
    };
    expect(() => loadConfig(live)).toThrow(/TOKEN_ENCRYPTION_KEY: required for a real app/);
    expect(() => loadConfig({ ...live, TOKEN_ENCRYPTION_KEY: DEMO_TOKEN_KEY })).toThrow(
      /TOKEN_ENCRYPTION_KEY: required for a real app/,
    );
    expect(() => loadConfig({ TOKEN_ENCRYPTION_KEY: 'c2hvcnQ=' })).toThrow(
      /TOKEN_ENCRYPTION_KEY: must be 32 bytes/,
    );
    expect(() => loadConfig({ TOKEN_ENCRYPTION_PREVIOUS_KEYS: `${KEY},nope` })).toThrow(
      /TOKEN_ENCRYPTION_PREVIOUS_KEYS/,
    );
    // The demo needs none: its key is the public demo key
    expect(loadConfig({}).tokenKeys).toEqual({ current: DEMO_TOKEN_KEY, previous: [] });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).database.kind).toBe('sqlite');
  });

  it('lists every problem at once, each naming its variable', () => {
    // Given several bad variables
    const attempt = () =>
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        REDIS_URL: 'http://x',
        LOG_LEVEL: 'loud',
        SCOPES: 'a b',
        JOB_CONCURRENCY: '0',
      });
    // Then one ConfigError names all six
    expect(attempt).toThrow(ConfigError);
    const message = (() => {
      try {
        attempt();
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    for (const name of ['PORT', 'DATABASE_URL', 'REDIS_URL', 'LOG_LEVEL', 'SCOPES', 'JOB_CONCURRENCY'])
      expect(message).toContain(`${name}:`);
    expect(message).toContain('6 problems');
  });

  it('requires a complete app identity once one credential is given', () => {
    expect(() => loadConfig({ SHOPIFY_API_KEY: 'key' })).toThrow(/SHOPIFY_API_SECRET.*\n.*SHOPIFY_APP_URL/s);
  });

  it('reads the plans: defaults, amounts in minor units, and every bad value named', () => {
    expect(loadConfig({}).billing).toEqual({
      currency: 'USD',
      freeOrdersPerMonth: 50,
      growth: {
        name: 'Tandem Growth',
        recurringMinor: 2_900,
        includedOrders: 500,
        perOrderMinor: 10,
        defaultCapMinor: 10_000,
        minCapMinor: 10,
        maxCapMinor: 1_000_000,
        trialDays: 14,
      },
      testCharges: 'auto',
    });
    expect(loadConfig({ BILLING_GROWTH_PRICE: '49.5', BILLING_FREE_ORDERS: '0' }).billing).toMatchObject({
      freeOrdersPerMonth: 0,
      growth: { recurringMinor: 4_950 },
    });
    expect(() =>
      loadConfig({
        BILLING_GROWTH_PRICE: '29.999',
        BILLING_TRIAL_DAYS: '-1',
        BILLING_CURRENCY: 'usd',
        BILLING_TEST_CHARGES: 'sometimes',
      }),
    ).toThrow(
      /4 problems[\s\S]*BILLING_CURRENCY[\s\S]*BILLING_GROWTH_PRICE: must be an amount such as 29.00/,
    );
    expect(() => loadConfig({ BILLING_GROWTH_CAP: '0.05', BILLING_GROWTH_PER_ORDER: '0.10' })).toThrow(
      /BILLING_GROWTH_CAP: must be at least BILLING_GROWTH_PER_ORDER/,
    );
    expect(() => loadConfig({ BILLING_CURRENCY: 'JPY' })).toThrow(
      /BILLING_CURRENCY: must be a currency with cents/,
    );
  });

  it('reads the bulk threshold of buyer profiles, 2,000 by default, and names a bad one', () => {
    expect(loadConfig({}).profileBulkThreshold).toBe(2_000);
    expect(loadConfig({ PROFILE_BULK_THRESHOLD: '500' }).profileBulkThreshold).toBe(500);
    expect(() => loadConfig({ PROFILE_BULK_THRESHOLD: '0' })).toThrow(/PROFILE_BULK_THRESHOLD:/);
    expect(() => loadConfig({ PROFILE_BULK_THRESHOLD: 'many' })).toThrow(/PROFILE_BULK_THRESHOLD:/);
  });

  it('refuses the emulator in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/required when NODE_ENV=production/);
  });
});

describe('describeUrl', () => {
  it('names the host, never the password', () => {
    const text = describeUrl('postgres://tandem:s3cret@db.internal:5432/tandem');
    expect(text).toBe('postgres://db.internal:5432/tandem');
    expect(text).not.toContain('s3cret');
  });
});
