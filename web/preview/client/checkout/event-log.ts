import { el } from '../shared/dom.js';

export type LogKind = 'analytics' | 'pixel' | 'cart' | 'order' | 'error';

/** The page's running record of what happened: events published, pixel deliveries, cart changes, orders. */
export class EventLog {
  constructor(private readonly list: HTMLElement) {}

  add(kind: LogKind, text: string, detail?: unknown): void {
    const time = new Date().toLocaleTimeString('en-GB');
    const item = el(
      'li',
      { class: `log-${kind}`, 'data-kind': kind },
      el('time', {}, time),
      el('b', {}, kind),
      text,
      detail === undefined ? null : el('code', {}, JSON.stringify(detail)),
    );
    this.list.prepend(item);
    while (this.list.children.length > 200) this.list.lastElementChild?.remove();
  }
}
