import { readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '../../errors.js';
import { JOURNAL_FILE } from './order-journal.js';
import { resetDemoData } from './reset.js';
import { useTempDirs } from './testing/temp-dirs.js';

describe('resetDemoData (--reset)', () => {
  const tempDir = useTempDirs('tandem-reset-');

  it('removes the demo database and the preview orders, and nothing else in DATA_DIR', async () => {
    // Given a data directory with the demo's files and a file of the user's
    const dir = await tempDir();
    const filename = path.join(dir, 'tandem.sqlite');
    for (const name of ['tandem.sqlite', 'tandem.sqlite-wal', 'tandem.sqlite-shm', JOURNAL_FILE, 'notes.txt'])
      await writeFile(path.join(dir, name), 'x');

    // When the demo is reset
    await resetDemoData({ dataDir: dir, database: { kind: 'sqlite', filename } });

    // Then only the user's file is left
    expect(await readdir(dir)).toEqual(['notes.txt']);
  });

  it('refuses to touch a PostgreSQL database', async () => {
    // Given DATABASE_URL points at PostgreSQL
    // When a reset is asked for
    // Then it is refused with a reason and nothing is removed
    await expect(
      resetDemoData({
        dataDir: tmpdir(),
        database: { kind: 'postgres', url: 'postgres://root@127.0.0.1:5432/test' },
      }),
    ).rejects.toThrow(ConfigError);
  });
});
