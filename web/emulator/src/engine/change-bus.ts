/** Change events (the future webhooks): listeners subscribe, emitters publish; a failing listener is isolated. */
import type { ChangeEvent } from './types.js';

export class ChangeBus {
  private readonly listeners = new Set<(event: ChangeEvent) => void>();
  private readonly failures: unknown[] = [];

  subscribe(listener: (event: ChangeEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: ChangeEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        // A broken webhook sender must not undo the change that was already made; keep the error visible.
        this.failures.push(error);
      }
    }
  }

  /** Errors thrown by listeners so far (for diagnostics and tests). */
  listenerFailures(): readonly unknown[] {
    return this.failures;
  }
}
