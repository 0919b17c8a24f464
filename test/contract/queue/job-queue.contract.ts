import { afterEach, describe, jest } from '@jest/globals';
import { FAST_BACKOFF, type ContractKit, type JobQueueFixture, type TestQueue } from './job-queue-helpers.js';
import { describeRunningContract } from './running.contract.js';
import { describeSchedulingContract } from './scheduling.contract.js';
import { describeShutdownContract } from './shutdown.contract.js';

/**
 * The one behaviour every JobQueue implementation must have; run it against each backend. Test names carry
 * the backend: `JobQueue [bullmq] retries with backoff, then succeeds`.
 */
export function describeJobQueueContract(name: string, fixture: () => JobQueueFixture): void {
  describe(`JobQueue [${name}]`, () => {
    jest.setTimeout(30_000);
    let current: { fixture: JobQueueFixture; queues: TestQueue[]; cleanups: (() => void)[] } | undefined;

    afterEach(async () => {
      const used = current;
      current = undefined;
      if (!used) return;
      for (const cleanup of used.cleanups) cleanup();
      await Promise.all(used.queues.map((queue) => queue.close({ graceMs: 0, abortWaitMs: 0 })));
      await used.fixture.dispose();
    });

    const kit: ContractKit = {
      open(settings = {}) {
        current ??= { fixture: fixture(), queues: [], cleanups: [] };
        const queue = current.fixture.create({ backoff: FAST_BACKOFF, ...settings });
        current.queues.push(queue);
        return queue;
      },
      onCleanup(cleanup) {
        current ??= { fixture: fixture(), queues: [], cleanups: [] };
        current.cleanups.push(cleanup);
      },
    };

    describeRunningContract(kit);
    describeSchedulingContract(kit);
    describeShutdownContract(kit);
  });
}
