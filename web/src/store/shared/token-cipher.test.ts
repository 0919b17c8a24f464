import { describe, expect, it } from '@jest/globals';
import { createTokenCipher, decodeTokenKey, DEMO_TOKEN_KEY } from './token-cipher.js';

const KEY_A = Buffer.alloc(32, 7).toString('base64');
const KEY_B = Buffer.alloc(32, 9).toString('base64');

describe('token cipher (AES-256-GCM)', () => {
  it('seals so that the plaintext is not visible and opens it again', () => {
    const cipher = createTokenCipher({ current: KEY_A, previous: [] });
    const sealed = cipher.seal('["accessToken","shpat_secret"]', 'offline_a.myshopify.com');
    expect(sealed).toMatch(/^tk1\.[0-9a-f]{8}\./);
    expect(sealed).not.toContain('shpat_secret');
    // A fresh IV each time: the same token never seals to the same text
    expect(cipher.seal('x', 'id')).not.toBe(cipher.seal('x', 'id'));
    expect(cipher.open(sealed, 'offline_a.myshopify.com')).toBe('["accessToken","shpat_secret"]');
    expect(cipher.isCurrent(sealed)).toBe(true);
  });

  it('refuses a value moved to another row, a tampered one, and one under a key it does not have', () => {
    const cipher = createTokenCipher({ current: KEY_A, previous: [] });
    const sealed = cipher.seal('token', 'offline_a.myshopify.com');
    expect(() => cipher.open(sealed, 'offline_b.myshopify.com')).toThrow();
    const parts = sealed.split('.');
    const body = Buffer.from(parts[4] ?? '', 'base64url');
    body[0] = (body[0] ?? 0) ^ 1;
    parts[4] = body.toString('base64url');
    expect(() => cipher.open(parts.join('.'), 'offline_a.myshopify.com')).toThrow();
    const other = createTokenCipher({ current: KEY_B, previous: [] });
    expect(() => other.open(sealed, 'offline_a.myshopify.com')).toThrow(/not configured/);
  });

  it('opens under a previous key while sealing only under the current one', () => {
    const old = createTokenCipher({ current: KEY_A, previous: [] });
    const rotating = createTokenCipher({ current: KEY_B, previous: [KEY_A] });
    const sealedOld = old.seal('token', 'id');
    expect(rotating.open(sealedOld, 'id')).toBe('token');
    expect(rotating.isCurrent(sealedOld)).toBe(false);
    expect(rotating.isCurrent(rotating.seal('token', 'id'))).toBe(true);
    // Rows from before encryption (plain JSON) are read as they are, and a rekey seals them
    expect(rotating.open('["id","x"]', 'id')).toBe('["id","x"]');
    expect(rotating.isCurrent('["id","x"]')).toBe(false);
  });

  it('accepts only 32-byte base64 keys', () => {
    expect(decodeTokenKey(KEY_A).kind).toBe('ok');
    expect(decodeTokenKey(DEMO_TOKEN_KEY).kind).toBe('ok');
    expect(decodeTokenKey(Buffer.alloc(16).toString('base64')).kind).toBe('invalid');
    expect(decodeTokenKey('not base64 at all!').kind).toBe('invalid');
  });
});
