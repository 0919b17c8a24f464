import { createInProcessQueue } from '@tandem/web/queue/index';
import { describeJobQueueContract } from './job-queue.contract.js';
import type { TestJobs } from './job-queue-helpers.js';
import { bullmqFixture } from './redis-fixture.js';

describeJobQueueContract('in-process', () => ({
  create: (settings) => createInProcessQueue<TestJobs>(settings),
  dispose: async () => undefined,
}));

describeJobQueueContract('bullmq', () => bullmqFixture());
