import type { RepublishState } from '../api-contract/index.js';

export interface RepublisherDeps {
  /** Recomputes the shop's offer lists and publishes what changed. */
  readonly run: (shop: string) => Promise<void>;
  /** Quiet time after the last change before running: a burst of pins and excludes is one republish. */
  readonly delayMs: number;
  readonly now: () => Date;
  readonly onError: (shop: string, error: unknown) => void;
}

export interface Republisher {
  /** A rule or discount changed: republish the shop's offers after the quiet time (again, if one is running). */
  schedule(shop: string): void;
  state(shop: string): RepublishState;
  /** Resolves when nothing is queued or running for the shop. */
  settled(shop: string): Promise<void>;
  close(): Promise<void>;
}

interface ShopSlot {
  state: RepublishState;
  timer: NodeJS.Timeout | undefined;
  running: Promise<void> | undefined;
  /** Changed again while running: run once more afterwards. */
  again: boolean;
  waiters: (() => void)[];
}

/**
 * Debounced, per-shop serial republishing after merchant changes, so a pin reaches checkout within seconds
 * while a burst of edits costs one recompute. In-process: every web process republishes the shops its merchants
 * edit (the lists are idempotent and publishing writes only changed values, so two processes never conflict).
 */
export function createRepublisher(deps: RepublisherDeps): Republisher {
  const slots = new Map<string, ShopSlot>();
  let closed = false;
  const slot = (shop: string): ShopSlot => {
    let found = slots.get(shop);
    if (!found) {
      found = {
        state: { kind: 'idle', lastRunAt: null },
        timer: undefined,
        running: undefined,
        again: false,
        waiters: [],
      };
      slots.set(shop, found);
    }
    return found;
  };
  const wake = (current: ShopSlot) => {
    if (current.timer || current.running) return;
    for (const waiter of current.waiters.splice(0)) waiter();
  };
  const start = (shop: string, current: ShopSlot) => {
    current.timer = undefined;
    if (closed) return;
    current.state = { kind: 'running', since: deps.now().toISOString() };
    current.running = deps
      .run(shop)
      .then(
        () => {
          current.state = { kind: 'idle', lastRunAt: deps.now().toISOString() };
        },
        (error: unknown) => {
          deps.onError(shop, error);
          current.state = {
            kind: 'failed',
            at: deps.now().toISOString(),
            message: error instanceof Error ? error.message : String(error),
          };
        },
      )
      .finally(() => {
        current.running = undefined;
        if (current.again) {
          current.again = false;
          schedule(shop);
        }
        wake(current);
      });
  };
  function schedule(shop: string): void {
    if (closed) return;
    const current = slot(shop);
    if (current.running) {
      current.again = true;
      return;
    }
    clearTimeout(current.timer);
    current.state = {
      kind: 'queued',
      since: current.state.kind === 'queued' ? current.state.since : deps.now().toISOString(),
    };
    current.timer = setTimeout(() => start(shop, current), deps.delayMs);
    current.timer.unref();
  }
  return {
    schedule,
    state: (shop) => slots.get(shop)?.state ?? { kind: 'idle', lastRunAt: null },
    settled: (shop) =>
      new Promise<void>((resolve) => {
        const current = slot(shop);
        current.waiters.push(resolve);
        wake(current);
      }),
    async close() {
      closed = true;
      for (const current of slots.values()) clearTimeout(current.timer);
      await Promise.all([...slots.values()].map((current) => current.running));
      for (const current of slots.values()) for (const waiter of current.waiters.splice(0)) waiter();
    },
  };
}
