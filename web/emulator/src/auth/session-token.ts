import { createHash, randomUUID } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import type { EmulatedApp } from './types.js';

/** Session tokens live one minute (https://shopify.dev/docs/apps/build/authentication-authorization/session-tokens). */
export const SESSION_TOKEN_TTL_S = 60;

/**
 * Claims of an App Bridge session token, as Shopify documents them ("Anatomy of a session token"):
 * iss = shop admin URL, dest = shop URL, aud = the app's client id, sub = staff user id,
 * exp/nbf/iat in seconds, jti unique per token, sid = the user's admin session.
 */
export interface SessionTokenClaims {
  readonly iss: string;
  readonly dest: string;
  readonly aud: string;
  readonly sub: string;
  readonly exp: number;
  readonly nbf: number;
  readonly iat: number;
  readonly jti: string;
  readonly sid: string;
}

const keyOf = (app: EmulatedApp): Uint8Array => new TextEncoder().encode(app.clientSecret);

export async function issueSessionToken(
  app: EmulatedApp,
  shop: string,
  userId: number,
  nowMs: number,
): Promise<string> {
  const iat = Math.floor(nowMs / 1000);
  const claims: SessionTokenClaims = {
    iss: `https://${shop}/admin`,
    dest: `https://${shop}`,
    aud: app.clientId,
    sub: String(userId),
    exp: iat + SESSION_TOKEN_TTL_S,
    nbf: iat,
    iat,
    jti: randomUUID(),
    // One stable admin session per user and shop, so repeated tokens of a user share their sid.
    sid: createHash('sha256').update(`${shop}|${userId}|${app.clientId}`).digest('hex').slice(0, 32),
  };
  return new SignJWT({ ...claims }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(keyOf(app));
}

export type SessionTokenCheck =
  | { kind: 'valid'; claims: SessionTokenClaims; shop: string; userId: number }
  | { kind: 'invalid'; reason: string };

/** Verifies a session token the way Shopify does for token exchange: signature, times, audience, shop. */
export async function verifySessionToken(
  token: string,
  app: EmulatedApp,
  shop: string,
  nowMs: number,
): Promise<SessionTokenCheck> {
  try {
    const { payload } = await jwtVerify(token, keyOf(app), {
      algorithms: ['HS256'],
      audience: app.clientId,
      currentDate: new Date(nowMs),
    });
    const claims = payload as unknown as SessionTokenClaims;
    if (claims.dest !== `https://${shop}`)
      return { kind: 'invalid', reason: `dest ${String(claims.dest)} is not ${shop}` };
    const userId = Number(claims.sub);
    if (!Number.isSafeInteger(userId)) return { kind: 'invalid', reason: 'sub is not a user id' };
    return { kind: 'valid', claims, shop, userId };
  } catch (error) {
    return { kind: 'invalid', reason: error instanceof Error ? error.message : String(error) };
  }
}
