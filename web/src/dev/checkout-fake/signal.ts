import type { SubscribableSignalLike } from '@shopify/ui-extensions/checkout';

/** A checkout signal the fake can change: Shopify's signal (`value`, the older `current`, `subscribe`) plus `set`. */
export interface WritableSignal<T> extends SubscribableSignalLike<T> {
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
    async destroy() {
      listeners.clear();
    },
    set(next) {
      value = next;
      for (const listener of [...listeners]) listener(next);
    },
  };
}

/**
 * Subscriptions made through one extension's API, so ending the extension (a removed preview frame, an unmounted
 * test view) drops them all: an ended extension's listeners must never be called again.
 */
export class Scope {
  private readonly stops = new Set<() => void>();

  view<T>(signal: SubscribableSignalLike<T>): SubscribableSignalLike<T> {
    return {
      get value() {
        return signal.value;
      },
      get current() {
        return signal.value;
      },
      subscribe: (listener) => this.track(signal.subscribe(listener)),
      destroy: async () => this.dispose(),
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
