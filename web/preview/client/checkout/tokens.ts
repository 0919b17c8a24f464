import { armForCheckout, type Arm } from '@tandem/offer-core';

export type TokenChoice =
  | { readonly kind: 'token'; readonly token: string }
  | { readonly kind: 'impossible'; readonly reason: string };

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * A fresh checkout token that lands in `arm`. The arm is never forced: like every real checkout, it follows from
 * the token's hash and the shop's holdout share, which is exactly what the backend recomputes from the order — so
 * a "holdout" checkout here is measured as control there too.
 */
export function checkoutTokenFor(
  arm: Arm,
  config: { readonly holdoutShare: number; readonly salt: string },
): TokenChoice {
  if (arm === 'control' && config.holdoutShare <= 0)
    return { kind: 'impossible', reason: 'The holdout share is 0% (Settings), so no checkout is held out.' };
  if (arm === 'treatment' && config.holdoutShare >= 1)
    return { kind: 'impossible', reason: 'Every checkout is held out.' };
  // With a share of at least 1% the expected number of draws is ≤ 100; 100,000 is never reached in practice.
  for (let attempt = 0; attempt < 100_000; attempt += 1) {
    const token = randomToken();
    if (armForCheckout(token, config) === arm) return { kind: 'token', token };
  }
  return { kind: 'impossible', reason: `No ${arm} token found` };
}
