import type { SessionStore } from '../ports/session-store.js';
import { deserialiseSession, serialiseSession } from '../shared/session-codec.js';
import type { TokenCipher } from '../shared/token-cipher.js';
import { byText, type MemoryTables } from './tables.js';

/** Serialises (and seals) like the SQL store, so a loaded session is a fresh object with exactly what would be persisted. */
export function createMemorySessionStore(tables: MemoryTables, cipher: TokenCipher): SessionStore {
  return {
    async storeSession(session) {
      tables.sessions.set(session.id, { shop: session.shop, payload: serialiseSession(session, cipher) });
      return true;
    },
    async loadSession(id) {
      const row = tables.sessions.get(id);
      return row === undefined ? undefined : deserialiseSession(id, row.payload, cipher);
    },
    async deleteSession(id) {
      tables.sessions.delete(id);
      return true;
    },
    async deleteSessions(ids) {
      for (const id of ids) tables.sessions.delete(id);
      return true;
    },
    async findSessionsByShop(shop) {
      return [...tables.sessions.entries()]
        .filter(([, row]) => row.shop === shop)
        .sort(([a], [b]) => byText(a, b))
        .map(([id, row]) => deserialiseSession(id, row.payload, cipher));
    },
    async rekey() {
      let rewritten = 0;
      for (const [id, row] of tables.sessions) {
        if (cipher.isCurrent(row.payload)) continue;
        const session = deserialiseSession(id, row.payload, cipher);
        tables.sessions.set(id, { shop: row.shop, payload: serialiseSession(session, cipher) });
        rewritten += 1;
      }
      return rewritten;
    },
  };
}
