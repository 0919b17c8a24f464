/** A checkout signal as API 2026-07 hands them to extensions: `value` (and the older `current`) plus `subscribe`. */
export interface PreviewSignal<T> {
  readonly value: T;
  readonly current: T;
  subscribe(listener: (value: T) => void): () => void;
}

export interface WritableSignal<T> extends PreviewSignal<T> {
  set(next: T): void;
}

export function createSignal<T>(initial: T): WritableSignal<T> {
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
      return () => void listeners.delete(listener);
    },
    set(next) {
      value = next;
      for (const listener of [...listeners]) listener(next);
    },
  };
}

/**
 * Subscriptions made through a frame's API, so removing the frame drops them all: a removed iframe's
 * listeners must never be called again.
 */
export class Scope {
  private readonly stops = new Set<() => void>();

  view<T>(signal: PreviewSignal<T>): PreviewSignal<T> {
    return {
      get value() {
        return signal.value;
      },
      get current() {
        return signal.value;
      },
      subscribe: (listener) => this.track(signal.subscribe(listener)),
    };
  }

  track(stop: () => void): () => void {
    this.stops.add(stop);
    return () => {
      stop();
      this.stops.delete(stop);
    };
  }

  dispose(): void {
    for (const stop of this.stops) stop();
    this.stops.clear();
  }
}
