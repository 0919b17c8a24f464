import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { createBullmqQueue, type BullmqQueueOptions } from '@tandem/web/queue/index';
import { requireTestEnv } from '../../support/env.js';
import type { JobQueueFixture, TestJobs } from './job-queue-helpers.js';

/**
 * BullMQ queues under a prefix of their own (`tandem-test-<random>`), so parallel runs never meet; dispose()
 * deletes every key under it. A missing TEST_REDIS_URL fails the test, it never skips.
 */
export function bullmqFixture(
  overrides: Partial<BullmqQueueOptions> = {},
): JobQueueFixture & { readonly prefix: string; readonly redisUrl: string } {
  const redisUrl = requireTestEnv('TEST_REDIS_URL');
  const prefix = `tandem-test-${randomUUID()}`;
  return {
    prefix,
    redisUrl,
    // Short step-aside so serialised jobs retry their key quickly.
    create: (settings) =>
      createBullmqQueue<TestJobs>({
        serialRetryMs: 10,
        ...settings,
        ...overrides,
        connection: redisUrl,
        prefix,
      }),
    dispose: async () => {
      const redis = new Redis(redisUrl);
      try {
        let cursor = '0';
        do {
          const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
          cursor = next;
          if (keys.length > 0) await redis.del(...keys);
        } while (cursor !== '0');
      } finally {
        await redis.quit();
      }
    },
  };
}
