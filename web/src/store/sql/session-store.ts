import type { SessionStore } from '../ports/session-store.js';
import { chunk } from '../shared/collections.js';
import { deserialiseSession, serialiseSession } from '../shared/session-codec.js';
import type { SqlContext } from './context.js';

export function createSqlSessionStore({ db }: SqlContext): SessionStore {
  return {
    async storeSession(session) {
      const row = {
        shop: session.shop,
        is_online: session.isOnline ? 1 : 0,
        expires_at: session.expires ? session.expires.toISOString() : null,
        payload: serialiseSession(session),
      };
      await db
        .insertInto('sessions')
        .values({ id: session.id, ...row })
        .onConflict((oc) => oc.column('id').doUpdateSet(row))
        .execute();
      return true;
    },

    async loadSession(id) {
      const row = await db.selectFrom('sessions').select('payload').where('id', '=', id).executeTakeFirst();
      return row === undefined ? undefined : deserialiseSession(row.payload);
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
        .select('payload')
        .where('shop', '=', shop)
        .orderBy('id')
        .execute();
      return rows.map((row) => deserialiseSession(row.payload));
    },
  };
}
