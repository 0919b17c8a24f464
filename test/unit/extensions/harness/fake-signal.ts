// A checkout signal for the fakes: `value` (API 2026-07) and `current` (API 2025-07) plus `subscribe`.
export interface FakeSignal<T> {
  readonly value: T;
  readonly current: T;
  subscribe(listener: (value: T) => void): () => void;
  set(next: T): void;
}

export function fakeSignal<T>(initial: T): FakeSignal<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  return {
    get value() {
      return value;
    },
    get current() {
      return value;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      value = next;
      for (const listener of [...listeners]) listener(next);
    },
  };
}
