import type { Scheduler } from './scheduler.js';

/**
 * Jobs waiting for their time (a delayMs, a retry backoff) in the in-process runner, with one timer set for
 * the earliest of them; due jobs are handed to `onDue` in time order.
 */
export class DelayedJobs<Item extends { readonly runAt: number }> {
  private readonly items = new Set<Item>();
  private timer: { readonly at: number; readonly cancel: () => void } | undefined;
  private stopped = false;

  constructor(
    private readonly scheduler: Scheduler,
    private readonly onDue: (due: readonly Item[]) => void,
  ) {}

  get size(): number {
    return this.items.size;
  }

  add(item: Item): void {
    this.items.add(item);
    this.arm();
  }

  /** Removes and returns the items `matches` selects. */
  remove(matches: (item: Item) => boolean): Item[] {
    const removed = [...this.items].filter(matches);
    for (const item of removed) this.items.delete(item);
    this.arm();
    return removed;
  }

  /** No more timers (shutdown); the items stay counted. */
  stop(): void {
    this.stopped = true;
    this.arm();
  }

  private arm(): void {
    let earliest = Infinity;
    for (const item of this.items) earliest = Math.min(earliest, item.runAt);
    if (this.stopped) earliest = Infinity;
    if (this.timer?.at === earliest) return;
    this.timer?.cancel();
    this.timer = undefined;
    if (earliest === Infinity) return;
    const cancel = this.scheduler.setTimer(() => this.fire(), Math.max(0, earliest - this.scheduler.now()));
    this.timer = { at: earliest, cancel };
  }

  private fire(): void {
    this.timer = undefined;
    const now = this.scheduler.now();
    const due = [...this.items].filter((item) => item.runAt <= now).sort((a, b) => a.runAt - b.runAt);
    for (const item of due) this.items.delete(item);
    this.arm();
    if (due.length > 0) this.onDue(due);
  }
}
