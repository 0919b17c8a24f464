/** Checkout's analytics: what extensions publish reaches the web pixel's subscriptions (and the page's event log). */
export interface AnalyticsEvent {
  readonly name: string;
  readonly customData: unknown;
  readonly timestamp: string;
}

export class AnalyticsBus {
  private readonly subscribers = new Map<string, Set<(event: AnalyticsEvent) => void>>();
  private readonly observers = new Set<(event: AnalyticsEvent) => void>();
  private readonly history: AnalyticsEvent[] = [];

  /**
   * A subscriber also receives the events of that name published before it subscribed: pixels load
   * asynchronously and Shopify buffers events for them, so an early impression is never lost.
   */
  subscribe(name: string, callback: (event: AnalyticsEvent) => void): () => void {
    let set = this.subscribers.get(name);
    if (!set) this.subscribers.set(name, (set = new Set()));
    set.add(callback);
    for (const event of this.history) if (event.name === name) callback(event);
    return () => void set.delete(callback);
  }

  /** Every event, whatever its name (the event log). */
  observe(callback: (event: AnalyticsEvent) => void): void {
    this.observers.add(callback);
  }

  publish(name: string, customData: unknown): void {
    // Subscribers get a copy, as a sandboxed pixel would: nothing they do reaches the publisher's object.
    const event: AnalyticsEvent = {
      name,
      customData: structuredClone(customData),
      timestamp: new Date().toISOString(),
    };
    this.history.push(event);
    for (const observer of this.observers) observer(event);
    for (const callback of this.subscribers.get(name) ?? []) callback(event);
  }
}
