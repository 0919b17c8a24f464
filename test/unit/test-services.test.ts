import { describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import pg from 'pg';
import { freePort } from '../support/processes.js';
import { MissingServicesError, provideTestServices } from '../support/services/index.js';
import { findOrStartPostgres } from '../support/services/postgres.js';
import { answersPing, findOrStartRedis } from '../support/services/redis.js';

// How `npm test` gets PostgreSQL and Redis on a machine without servers on the default ports: a port where nothing
// listens stands for such a machine.

async function selectOne(url: string): Promise<unknown> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query('select 1 as one')).rows[0];
  } finally {
    await client.end();
  }
}

describe('test services', () => {
  it('starts a private PostgreSQL when none answers, usable at once and gone after stop()', async () => {
    const found = await findOrStartPostgres({ host: '127.0.0.1', port: await freePort() });
    if (found.kind !== 'found') throw new Error(found.problems.join('; '));
    try {
      expect(found.origin).toBe('private');
      expect(await selectOne(found.url)).toEqual({ one: 1 });
    } finally {
      await found.stop();
    }
    await expect(selectOne(found.url)).rejects.toThrow(/ECONNREFUSED/);
  }, 60_000);

  it('starts a private Redis when none answers, usable at once and gone after stop()', async () => {
    const found = await findOrStartRedis({ host: '127.0.0.1', port: await freePort() });
    if (found.kind !== 'found') throw new Error(found.problems.join('; '));
    const { port } = new URL(found.url);
    try {
      expect(found.origin).toBe('private');
      const redis = new Redis(found.url);
      expect(await redis.ping()).toBe('PONG');
      await redis.quit();
    } finally {
      await found.stop();
    }
    expect(await answersPing({ host: '127.0.0.1', port: Number(port) })).toBe(false);
  }, 60_000);

  it('fails with one message naming what to install when neither is there nor can be started', async () => {
    const missing = (problem: string) => async () => ({ kind: 'missing' as const, problems: [problem] });
    const failure = provideTestServices({
      TEST_DATABASE_URL: missing('no PostgreSQL server answers on 127.0.0.1:5432'),
      TEST_REDIS_URL: missing('no redis-server on PATH'),
    });
    await expect(failure).rejects.toThrow(MissingServicesError);
    await expect(failure).rejects.toThrow(
      /needs PostgreSQL and Redis[\s\S]*apt-get install postgresql redis-server/,
    );
  });

  it('names only the missing one, and stops what it started for the other', async () => {
    let stopped = 0;
    const failure = provideTestServices({
      TEST_DATABASE_URL: async () => ({
        kind: 'found',
        url: 'postgres://root@127.0.0.1:1/postgres',
        origin: 'private',
        stop: async () => void (stopped += 1),
      }),
      TEST_REDIS_URL: async () => ({ kind: 'missing', problems: ['no Redis answers on 127.0.0.1:6379'] }),
    });
    await expect(failure).rejects.toThrow(/^npm test needs Redis and could neither find nor start it:/);
    await expect(failure).rejects.toThrow(/apt-get install redis-server\)/);
    expect(stopped).toBe(1);
  });
});
