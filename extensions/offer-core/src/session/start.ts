import type { OfferTarget } from '../checkout/types.js';
import { createApiPort, type CheckoutApiLike } from './api-port.js';
import { createOfferSession, type OfferSession } from './offer-session.js';

/**
 * Builds and starts the session for one target, the same in every view flavour. The views pass `console`:
 * the core itself has no console (it runs in the checkout sandbox and in the backend alike).
 */
export function startSession(
  api: CheckoutApiLike,
  target: OfferTarget,
  diagnostics: { warn(message: string): void },
): OfferSession {
  const session = createOfferSession(
    createApiPort(api, { warn: (message) => diagnostics.warn(message) }),
    target,
  );
  session.start();
  return session;
}
