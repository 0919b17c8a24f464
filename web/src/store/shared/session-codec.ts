import { Session } from '@shopify/shopify-api';

/** The library's own serialisation (user info included), so every field it saves round-trips exactly. */
export function serialiseSession(session: Session): string {
  return JSON.stringify(session.toPropertyArray(true));
}

export function deserialiseSession(payload: string): Session {
  return Session.fromPropertyArray(JSON.parse(payload) as [string, string | number | boolean][], true);
}
