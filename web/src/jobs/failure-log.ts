import type { JobHandler, JobHandlers, JobMap } from '../queue/types.js';
import type { Logger } from '../logger.js';

/** An error as one line for logs and the inbox: its class and message, never a payload. */
export function errorSummary(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

const field = (payload: unknown, key: string): string | undefined => {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const value = (payload as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
};

/**
 * Wraps every handler so each failed try is logged with the job, the shop and (for webhooks) the topic, the try's
 * number and the error, and never the payload. The queue still decides whether to retry (with backoff) or fail.
 * A try aborted by shutdown is handed back, not failed, and is not logged.
 */
export function withFailureLog<Jobs extends JobMap>(
  handlers: JobHandlers<Jobs>,
  logger: Logger,
): JobHandlers<Jobs> {
  const logged =
    (job: string, handler: JobHandler<unknown>): JobHandler<unknown> =>
    async (payload, context) => {
      try {
        await handler(payload, context);
      } catch (error) {
        if (!context.signal.aborted)
          logger.warn(
            {
              job,
              shop: field(payload, 'shop'),
              topic: field(payload, 'topic'),
              jobId: context.jobId,
              attempt: context.attempt,
              err: errorSummary(error),
            },
            'job try failed',
          );
        throw error;
      }
    };
  const entries = Object.entries(handlers as Record<string, JobHandler<unknown>>);
  return Object.fromEntries(
    entries.map(([job, handler]) => [job, logged(job, handler)]),
  ) as unknown as JobHandlers<Jobs>;
}
