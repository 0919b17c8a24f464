import { rm } from 'node:fs/promises';
import type { AppConfig } from '../../config.js';
import { ConfigError } from '../../errors.js';
import { orderJournal } from './order-journal.js';

/**
 * `npm start -- --reset`: removes exactly what the demo wrote under DATA_DIR — the SQLite database (with its WAL
 * files) and the journal of preview orders — and nothing else a user may keep there. Returns the removed paths.
 */
export async function resetDemoData(
  config: Pick<AppConfig, 'database' | 'dataDir'>,
): Promise<readonly string[]> {
  if (config.database.kind !== 'sqlite') {
    throw new ConfigError(
      '--reset wipes the local SQLite demo database only; with DATABASE_URL set, drop that database yourself',
    );
  }
  const { filename } = config.database;
  const targets = [
    filename,
    `${filename}-wal`,
    `${filename}-shm`,
    `${filename}-journal`,
    orderJournal(config.dataDir).file,
  ];
  for (const target of targets) await rm(target, { force: true });
  return targets;
}
