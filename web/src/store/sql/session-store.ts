import type { Session } from '@shopify/shopify-api';
import type { SessionStore } from '../ports/session-store.js';
import { chunk } from '../shared/collections.js';
import { deserialiseSession, serialiseSession } from '../shared/session-codec.js';
import type { TokenCipher } from '../shared/token-cipher.js';
import type { SqlContext } from './context.js';

/** Rows read per step of a rekey: a few hundred sessions per shop at most, so memory stays small. */
const REKEY_PAGE = 500;

export function createSqlSessionStore({ db }: SqlContext, cipher: TokenCipher): SessionStore {
  const rowOf = (session: Session) => ({
    shop: session.shop,
    is_online: session.isOnline ? 1 : 0,
    expires_at: session.expires ? session.expires.toISOString() : null,
    payload: serialiseSession(session, cipher),
  });
  return {
    async storeSession(session) {
      const row = rowOf(session);
      await db
        .insertInto('sessions')
        .values({ id: session.id, ...row })
        .onConflict((oc) => oc.column('id').doUpdateSet(row))
        .execute();
      return true;
    },

    async loadSession(id) {
      const row = await db.selectFrom('sessions').select('payload').where('id', '=', id).executeTakeFirst();
      return row === undefined ? undefined : deserialiseSession(id, row.payload, cipher);
    },

    async deleteSession(id) {
      await db.deleteFrom('sessions').where('id', '=', id).execute();
      return true;
    },

    async deleteSessions(ids) {
      for (const part of chunk(ids, 1_000)) await db.deleteFrom('sessions').where('id', 'in', part).execute();
      return true;
    },

    async findSessionsByShop(shop) {
      const rows = await db
        .selectFrom('sessions')
        .select(['id', 'payload'])
        .where('shop', '=', shop)
        .orderBy('id')
        .execute();
      return rows.map((row) => deserialiseSession(row.id, row.payload, cipher));
    },

    async rekey() {
      let rewritten = 0;
      let after = '';
      for (;;) {
        const rows = await db
          .selectFrom('sessions')
          .select(['id', 'payload'])
          .where('id', '>', after)
          .orderBy('id')
          .limit(REKEY_PAGE)
          .execute();
        for (const row of rows) {
          if (cipher.isCurrent(row.payload)) continue;
          const payload = serialiseSession(deserialiseSession(row.id, row.payload, cipher), cipher);
          // Only if nobody rewrote it meanwhile (a refresh stores a new session): theirs is sealed already.
          await db
            .updateTable('sessions')
            .set({ payload })
            .where('id', '=', row.id)
            .where('payload', '=', row.payload)
            .execute();
          rewritten += 1;
        }
        const last = rows.at(-1);
        if (last === undefined || rows.length < REKEY_PAGE) return rewritten;
        after = last.id;
      }
    },
  };
}
