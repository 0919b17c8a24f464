import { Session } from '@shopify/shopify-api';
import type { TokenCipher } from './token-cipher.js';

/**
 * The library's own serialisation (user info, expiry and refresh token included), so every field it saves
 * round-trips exactly; sealed with the token cipher (bound to the session id), as it holds the access and
 * refresh tokens.
 */
export function serialiseSession(session: Session, cipher: TokenCipher): string {
  return cipher.seal(JSON.stringify(session.toPropertyArray(true)), session.id);
}

export function deserialiseSession(id: string, payload: string, cipher: TokenCipher): Session {
  return Session.fromPropertyArray(
    JSON.parse(cipher.open(payload, id)) as [string, string | number | boolean][],
    true,
  );
}
