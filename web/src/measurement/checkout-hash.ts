import { createHash } from 'node:crypto';

/**
 * The one-way form of a checkout token that measurement stores and joins on: the pixel's events are stored
 * under it, and an order's token is hashed the same way when its fact is written, so events and orders meet
 * without the raw token being kept. Tokens are long random ids, so an unkeyed hash is already irreversible, and
 * having no key means nothing to rotate that would break the join between old events and new orders.
 */
export function hashCheckoutToken(token: string): string {
  return createHash('sha256').update(`tandem-checkout:${token}`, 'utf8').digest('hex').slice(0, 32);
}
