import type { AccessMode } from './types.js';
import { randomToken } from './credential-store.js';

/** Codes are single-use and short-lived; Shopify does not publish the lifetime, we use 10 minutes. */
export const AUTH_CODE_TTL_MS = 10 * 60 * 1000;

export interface AuthCodeGrant {
  readonly shop: string;
  readonly clientId: string;
  readonly scopes: readonly string[];
  readonly mode: AccessMode;
  readonly userId: number;
}

export type AuthCodeRedemption =
  | { kind: 'ok'; grant: AuthCodeGrant }
  | { kind: 'invalid'; reason: 'unknown' | 'used' | 'expired' | 'wrong-client' | 'wrong-shop' };

interface CodeRecord extends AuthCodeGrant {
  readonly expiresAt: number;
  used: boolean;
}

/** Authorization codes of the OAuth authorization-code grant. */
export class AuthCodes {
  private readonly codes = new Map<string, CodeRecord>();

  constructor(private readonly clock: () => number) {}

  issue(grant: AuthCodeGrant): string {
    const code = randomToken('');
    this.codes.set(code, { ...grant, expiresAt: this.clock() + AUTH_CODE_TTL_MS, used: false });
    return code;
  }

  redeem(code: string, shop: string, clientId: string): AuthCodeRedemption {
    const record = this.codes.get(code);
    if (!record) return { kind: 'invalid', reason: 'unknown' };
    if (record.clientId !== clientId) return { kind: 'invalid', reason: 'wrong-client' };
    if (record.shop !== shop) return { kind: 'invalid', reason: 'wrong-shop' };
    if (record.used) return { kind: 'invalid', reason: 'used' };
    if (record.expiresAt <= this.clock()) return { kind: 'invalid', reason: 'expired' };
    record.used = true;
    const { shop: s, clientId: c, scopes, mode, userId } = record;
    return { kind: 'ok', grant: { shop: s, clientId: c, scopes, mode, userId } };
  }
}
