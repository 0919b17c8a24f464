import type { JobEvent, JobEventListener, JobLogger, JobMap } from './types.js';

/** The listeners of one queue. A listener that throws is logged, never allowed to disturb the queue. */
export class JobEvents<Jobs extends JobMap> {
  private readonly listeners = new Set<JobEventListener<Jobs>>();

  constructor(private readonly logger: JobLogger) {}

  on(listener: JobEventListener<Jobs>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: JobEvent<Jobs>): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.logger.error({ err: error, event: event.kind, jobId: event.jobId }, 'job event listener threw');
      }
    }
  }
}
