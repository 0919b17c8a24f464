/**
 * Shopify retries a failed delivery 8 times over 4 hours with exponential backoff
 * (https://shopify.dev/changelog/updates-to-webhook-retry-mechanism). With delays base·2^k for
 * k = 0..7 the total is 255·base, so the default base spreads the 8 retries over 4 hours.
 */
export const SHOPIFY_WEBHOOK_RETRIES = 8;
export const DEFAULT_RETRY_BASE_DELAY_MS = Math.round((4 * 3_600_000) / 255);
/** Shopify waits 5 s for a response (1 s to connect). */
export const SHOPIFY_WEBHOOK_TIMEOUT_MS = 5_000;

/** Delay before retry number `retry` (1-based). */
export function retryDelayMs(retry: number, baseDelayMs: number): number {
  return baseDelayMs * 2 ** Math.max(0, retry - 1);
}
