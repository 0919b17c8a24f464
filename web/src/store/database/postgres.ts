import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { ConfigError } from '../../errors.js';
import type { Schema } from './schema.js';

const INT8_OID = 20;
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

// Counts and money columns are bigint; pg returns them as strings by default. They stay far below 2^53, so
// parse them to numbers and fail loudly if one ever does not fit rather than lose precision silently.
function parseInt8(value: string): number {
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed)) throw new RangeError(`bigint ${value} does not fit a JavaScript number`);
  return parsed;
}

const typeParsers = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? parseInt8 : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export interface PostgresTarget {
  /** host:port/database, safe to show. */
  readonly target: string;
  readonly password: string;
}

/** Reads what may be shown of a connection URL; an unparsable URL is a ConfigError that does not echo it. */
export function describePostgresUrl(url: string): PostgresTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError(
      'DATABASE_URL is not a valid URL (expected postgres://user:password@host:port/database)',
    );
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new ConfigError(`DATABASE_URL must start with postgres:// (got ${parsed.protocol}//)`);
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  return {
    target: `${parsed.hostname}:${parsed.port || '5432'}/${database}`,
    password: decodeURIComponent(parsed.password),
  };
}

export function openPostgres(options: {
  readonly url: string;
  readonly schema?: string;
  readonly poolSize?: number;
  readonly onPoolError?: (error: Error) => void;
}): Kysely<Schema> {
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
    throw new ConfigError(`Postgres schema "${options.schema}" must match ${SCHEMA_NAME.source}`);
  }
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    types: typeParsers,
    ...(options.schema === undefined ? {} : { options: `-c search_path=${options.schema}` }),
  });
  const onError = options.onPoolError ?? (() => undefined);
  pool.on('error', onError);
  // The pool only listens on idle clients. A checked-out client whose server goes away between two queries (a
  // restart, a failover) emits 'error' with no listener, which would crash the process; its next query fails
  // instead and the pool drops it on release.
  pool.on('connect', (client) => client.on('error', onError));
  return new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
}
