import type { SessionStore } from '../ports/session-store.js';
import { deserialiseSession, serialiseSession } from '../shared/session-codec.js';
import { byText, type MemoryTables } from './tables.js';

/** Serialises like the SQL store, so a loaded session is a fresh object with exactly what would be persisted. */
export function createMemorySessionStore(tables: MemoryTables): SessionStore {
  return {
    async storeSession(session) {
      tables.sessions.set(session.id, { shop: session.shop, payload: serialiseSession(session) });
      return true;
    },
    async loadSession(id) {
      const row = tables.sessions.get(id);
      return row === undefined ? undefined : deserialiseSession(row.payload);
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
        .map(([, row]) => deserialiseSession(row.payload));
    },
  };
}
