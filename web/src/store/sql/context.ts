import type { Kysely } from 'kysely';
import type { Schema } from '../database/schema.js';
import type { DialectName } from '../database/types.js';
import type { Clock } from '../types.js';

/** What every SQL store needs: the handle, which placeholder style its raw statements use, and the time. */
export interface SqlContext {
  readonly db: Kysely<Schema>;
  readonly dialect: DialectName;
  readonly clock: Clock;
}

export const nowIso = (context: SqlContext): string => context.clock().toISOString();
