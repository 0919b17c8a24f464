import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { ConfigError } from '../../errors.js';

/**
 * Access and refresh tokens at rest: AES-256-GCM under a key from config (TOKEN_ENCRYPTION_KEY). A sealed value is
 * `tk1.<key id>.<iv>.<tag>.<ciphertext>` (base64url), the key id being the first 8 hex digits of the key's SHA-256,
 * so a row says which key opens it and a rotation can run while the app serves: the current key seals, the
 * previous ones still open, and `npm run tokens:rekey` reseals every row under the current key. The row's id is the
 * additional authenticated data, so a sealed value copied onto another shop's row does not open.
 */
export interface TokenCipher {
  seal(plaintext: string, boundTo: string): string;
  /** Throws when no configured key opens it or it was tampered with. Plaintext (from before encryption) passes. */
  open(stored: string, boundTo: string): string;
  /** True when `stored` is sealed under the current key (nothing for a rekey to do). */
  isCurrent(stored: string): boolean;
}

const PREFIX = 'tk1';
const KEY_BYTES = 32;
const IV_BYTES = 12;

export interface TokenKeys {
  /** base64 of 32 random bytes (`openssl rand -base64 32`). */
  readonly current: string;
  /** Keys being rotated out: they still open, never seal. */
  readonly previous: readonly string[];
}

/**
 * The demo's key: public, in the source, so `npm start` needs no setup. config.ts allows it only in emulator mode;
 * anything sealed with it is as good as plaintext.
 */
export const DEMO_TOKEN_KEY = Buffer.alloc(KEY_BYTES, 'tandem-demo-only').toString('base64');

/** A cipher under the demo key, for the demo and tests that do not care which key seals. */
export const demoTokenCipher = (): TokenCipher =>
  createTokenCipher({ current: DEMO_TOKEN_KEY, previous: [] });

/** The 32-byte key `value` encodes, or a reason it is not one. */
export function decodeTokenKey(
  value: string,
): { kind: 'ok'; key: Buffer } | { kind: 'invalid'; reason: string } {
  const key = Buffer.from(value, 'base64');
  if (key.length !== KEY_BYTES || key.toString('base64') !== value.replace(/\s/g, ''))
    return {
      kind: 'invalid',
      reason: 'must be 32 bytes in base64, e.g. the output of `openssl rand -base64 32`',
    };
  return { kind: 'ok', key };
}

const keyId = (key: Buffer): string => createHash('sha256').update(key).digest('hex').slice(0, 8);

export function createTokenCipher(keys: TokenKeys): TokenCipher {
  const decode = (value: string): Buffer => {
    const decoded = decodeTokenKey(value);
    if (decoded.kind === 'invalid') throw new ConfigError(`Token encryption key ${decoded.reason}`);
    return decoded.key;
  };
  const current = decode(keys.current);
  const currentId = keyId(current);
  const byId = new Map([current, ...keys.previous.map(decode)].map((key) => [keyId(key), key] as const));

  return {
    seal(plaintext, boundTo) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', current, iv).setAAD(Buffer.from(boundTo, 'utf8'));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return [PREFIX, currentId, iv, cipher.getAuthTag(), body]
        .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
        .join('.');
    },
    open(stored, boundTo) {
      if (!stored.startsWith(`${PREFIX}.`)) return stored;
      const [, id = '', iv = '', tag = '', body = ''] = stored.split('.');
      const key = byId.get(id);
      if (!key)
        throw new ConfigError(
          `A stored token is sealed with key ${id}, which is not configured (TOKEN_ENCRYPTION_KEY / TOKEN_ENCRYPTION_PREVIOUS_KEYS)`,
        );
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'))
        .setAAD(Buffer.from(boundTo, 'utf8'))
        .setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    },
    isCurrent(stored) {
      return stored.startsWith(`${PREFIX}.${currentId}.`);
    },
  };
}
