import { pino, type DestinationStream, type Logger } from 'pino';
import type { AppConfig } from './config.js';

export type { Logger } from 'pino';

/**
 * Paths pino blanks out wherever they appear in a log line. Tokens and secrets must never reach logs,
 * even when a caller logs a whole request, session or config object.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-shopify-access-token"]',
  'req.headers["x-shopify-hmac-sha256"]',
  'accessToken',
  '*.accessToken',
  'apiSecret',
  '*.apiSecret',
  'shopify.apiSecret',
  'sessionToken',
  '*.sessionToken',
  'password',
  '*.password',
  'databaseUrl',
  'redisUrl',
];

/** Builds the app's logger; tests pass a destination stream to read what was logged. */
export function createLogger(config: Pick<AppConfig, 'logLevel'>, destination?: DestinationStream): Logger {
  const options = {
    level: config.logLevel,
    base: { app: 'tandem' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}
