import type { Kysely } from 'kysely';
import type { Schema } from './schema.js';

export const DIALECTS = ['sqlite', 'postgres'] as const;
export type DialectName = (typeof DIALECTS)[number];

export type DatabaseOptions =
  | {
      readonly kind: 'sqlite';
      /** Path of the database file (its folder is created), or ':memory:'. */
      readonly filename: string;
    }
  | {
      readonly kind: 'postgres';
      /** postgres://user:password@host:port/database */
      readonly url: string;
      /** Schema to use via search_path (tests isolate runs this way); default: the server's. */
      readonly schema?: string;
      readonly poolSize?: number;
      /** Errors of pooled connections (the server went away); without a listener they would crash the process. */
      readonly onPoolError?: (error: Error) => void;
    };

/** An open database: the Kysely handle plus what callers need to run and check it. */
export interface Database {
  readonly db: Kysely<Schema>;
  readonly dialect: DialectName;
  /** Where it lives, safe to log: the file path, or host:port/database (never the password). */
  readonly target: string;
  /** Round-trips one query; rejects with UnavailableError naming `target` when unreachable. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
