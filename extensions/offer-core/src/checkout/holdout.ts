import type { Arm } from './types.js';

/** Buckets per arm decision: shares are honoured to 0.01 %. */
export const HOLDOUT_BUCKETS = 10_000;

/**
 * 32-bit FNV-1a over UTF-16 code units, finished with murmur3's fmix32 so that tokens differing in a
 * few characters still land in unrelated buckets (plain FNV-1a mixes its low bits poorly).
 */
export function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** The checkout's bucket in [0, HOLDOUT_BUCKETS). */
export function holdoutBucket(checkoutToken: string, salt: string): number {
  return hash32(`${salt}:${checkoutToken}`) % HOLDOUT_BUCKETS;
}

/**
 * Decides a checkout's arm from its token. The backend calls this with the order's `checkout_token`, so
 * checkout needs no cart attribute for control and both sides always agree.
 * @param holdoutShare share of checkouts kept as control, clamped to [0, 1].
 */
export function armForCheckout(
  checkoutToken: string,
  options: { readonly holdoutShare: number; readonly salt: string },
): Arm {
  const share = Number.isFinite(options.holdoutShare) ? Math.min(1, Math.max(0, options.holdoutShare)) : 0;
  return holdoutBucket(checkoutToken, options.salt) < Math.round(share * HOLDOUT_BUCKETS)
    ? 'control'
    : 'treatment';
}
