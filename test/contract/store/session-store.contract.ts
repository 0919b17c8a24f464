import { describe, expect, it } from '@jest/globals';
import { Session } from '@shopify/shopify-api';
import { createTokenCipher, DEMO_TOKEN_KEY, type TokenCipher } from '@tandem/web/store/shared/token-cipher';
import type { FixtureFactory } from '../../support/db.js';

const OLD_KEY = Buffer.alloc(32, 1).toString('base64');
const NEW_KEY = Buffer.alloc(32, 2).toString('base64');
const cipherOf = (current: string, ...previous: string[]): TokenCipher =>
  createTokenCipher({ current, previous });

// Mirrors the battery of @shopify/shopify-app-session-storage-test-utils, which every Shopify storage passes.
export function describeSessionStoreContract(name: string, fixture: FixtureFactory): void {
  describe(`SessionStore [${name}]`, () => {
    it('round-trips offline sessions with and without expiry, token included', async () => {
      const { stores, shop } = fixture();
      const expires = new Date(Date.now() + 3_600_000);
      expires.setMilliseconds(0);
      // Shopify's own battery also stores a null expiry, which the library's serialisation drops.
      for (const extra of [{}, { expires }, { expires: null as unknown as Date }]) {
        // Given an offline session holding an access token
        const session = new Session({
          id: `offline_${shop}`,
          shop,
          state: 'state',
          isOnline: false,
          scope: 'read_products',
          accessToken: 'shpat_123',
          ...extra,
        });
        // When stored and loaded
        await expect(stores.sessions.storeSession(session)).resolves.toBe(true);
        const loaded = await stores.sessions.loadSession(session.id);
        // Then it is equal, active, and carries the token
        expect(session.equals(loaded)).toBe(true);
        expect(loaded?.isActive('read_products')).toBe(true);
        expect(loaded?.accessToken).toBe('shpat_123');
        await expect(stores.sessions.deleteSession(session.id)).resolves.toBe(true);
        await expect(stores.sessions.loadSession(session.id)).resolves.toBeUndefined();
        await expect(stores.sessions.deleteSession(session.id)).resolves.toBe(true);
      }
    });

    it('round-trips online sessions with user info and long scopes', async () => {
      // Given an online session with associated user details and a scope longer than 255 characters
      const { stores, shop } = fixture();
      const scope = Array.from({ length: 30 }, (_, i) => `unauthenticated_read_scope_${i}`).join(',');
      const session = new Session({
        id: `online_${shop}`,
        shop,
        state: 'state',
        isOnline: true,
        scope,
        accessToken: 'shpua_456',
        expires: new Date(Date.UTC(2030, 0, 1)),
        onlineAccessInfo: {
          expires_in: 3600,
          associated_user_scope: scope,
          associated_user: {
            id: 123,
            first_name: 'A',
            last_name: 'B',
            email: 'a@example.test',
            email_verified: true,
            account_owner: true,
            locale: 'en',
            collaborator: false,
          },
        },
      });
      // When stored and loaded
      await stores.sessions.storeSession(session);
      const loaded = await stores.sessions.loadSession(session.id);
      // Then everything the library persists survives
      expect(session.equals(loaded)).toBe(true);
      expect(loaded?.onlineAccessInfo?.associated_user.id).toBe(123);
      expect(loaded?.expires?.toISOString()).toBe('2030-01-01T00:00:00.000Z');
    });

    it('overwrites a session stored again under the same id (token rotation)', async () => {
      const { stores, shop } = fixture();
      const id = `offline_${shop}`;
      await stores.sessions.storeSession(
        new Session({ id, shop, state: 's', isOnline: false, accessToken: 'old' }),
      );
      await stores.sessions.storeSession(
        new Session({ id, shop, state: 's', isOnline: false, accessToken: 'new' }),
      );
      expect((await stores.sessions.loadSession(id))?.accessToken).toBe('new');
      expect(await stores.sessions.findSessionsByShop(shop)).toHaveLength(1);
    });

    it("finds and deletes only the given shop's sessions", async () => {
      // Given two sessions of one shop and one of another
      const { stores, shop, otherShop } = fixture();
      const mine = [1, 2].map((n) => new Session({ id: `${shop}_${n}`, shop, state: 's', isOnline: false }));
      const theirs = new Session({ id: `${otherShop}_1`, shop: otherShop, state: 's', isOnline: false });
      for (const session of [...mine, theirs]) await stores.sessions.storeSession(session);
      // When finding by shop, then deleting those ids
      const found = await stores.sessions.findSessionsByShop(shop);
      await expect(stores.sessions.deleteSessions(found.map((s) => s.id))).resolves.toBe(true);
      // Then only the shop's sessions were found and removed
      expect(found.map((s) => s.id).sort()).toEqual(mine.map((s) => s.id).sort());
      expect(await stores.sessions.findSessionsByShop(shop)).toEqual([]);
      expect(theirs.equals(await stores.sessions.loadSession(theirs.id))).toBe(true);
    });

    it('round-trips an expiring offline session with its refresh token and both expiries', async () => {
      const { stores, shop } = fixture();
      const session = new Session({
        id: `offline_${shop}`,
        shop,
        state: '',
        isOnline: false,
        scope: 'read_products',
        accessToken: 'shpat_expiring',
        expires: new Date(Date.UTC(2030, 0, 1, 1)),
        refreshToken: 'shprt_refresh',
        refreshTokenExpires: new Date(Date.UTC(2030, 3, 1)),
      });
      await stores.sessions.storeSession(session);
      const loaded = await stores.sessions.loadSession(session.id);
      expect(session.equals(loaded)).toBe(true);
      expect([loaded?.refreshToken, loaded?.refreshTokenExpires?.toISOString()]).toEqual([
        'shprt_refresh',
        '2030-04-01T00:00:00.000Z',
      ]);
    });

    it('stores tokens sealed: another key cannot open them, a rotation reseals them under the new key', async () => {
      const { stores, shop, reopen } = fixture({ tokenCipher: cipherOf(OLD_KEY) });
      if (!reopen) return expect(await stores.sessions.rekey()).toBe(0); // memory: one key for its lifetime
      // Given a session stored under the old key
      const id = `offline_${shop}`;
      await stores.sessions.storeSession(
        new Session({ id, shop, state: '', isOnline: false, accessToken: 'shpat_x' }),
      );
      // Then stores that only know another key cannot read it
      await expect(reopen({ tokenCipher: cipherOf(NEW_KEY) }).sessions.loadSession(id)).rejects.toThrow(
        /not configured/,
      );
      // When the key is rotated (new current key, the old one kept as previous) and the rows resealed (the
      // database is shared with the other tests of this file, whose rows are under the demo key)
      const rotating = reopen({ tokenCipher: cipherOf(NEW_KEY, OLD_KEY, DEMO_TOKEN_KEY) });
      expect((await rotating.sessions.loadSession(id))?.accessToken).toBe('shpat_x');
      expect(await rotating.sessions.rekey()).toBeGreaterThanOrEqual(1);
      expect(await rotating.sessions.rekey()).toBe(0);
      // Then the new key alone opens it, and the old one no longer does
      expect((await reopen({ tokenCipher: cipherOf(NEW_KEY) }).sessions.loadSession(id))?.accessToken).toBe(
        'shpat_x',
      );
      await expect(stores.sessions.loadSession(id)).rejects.toThrow(/not configured/);
    });

    it('answers undefined for an unknown id', async () => {
      const { stores } = fixture();
      await expect(stores.sessions.loadSession('not_a_session_id')).resolves.toBeUndefined();
    });
  });
}
