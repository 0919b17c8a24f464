import type { DeliveryRecord, DeliveryState, DeliveryView } from './types.js';

export interface DeliveryFilter {
  readonly shop?: string | undefined;
  readonly topic?: string | undefined;
  readonly state?: DeliveryState | undefined;
  readonly clientId?: string | undefined;
}

/** Keeps the most recent deliveries (bounded, so a long demo run does not grow without limit). */
export class DeliveryLog {
  private readonly records: DeliveryRecord[] = [];

  constructor(private readonly capacity = 10_000) {}

  add(record: DeliveryRecord): void {
    this.records.push(record);
    if (this.records.length > this.capacity) this.records.splice(0, this.records.length - this.capacity);
  }

  list(filter: DeliveryFilter = {}): DeliveryView[] {
    return this.records
      .filter(
        (record) =>
          (filter.shop === undefined || record.shop === filter.shop) &&
          (filter.topic === undefined || record.topic === filter.topic) &&
          (filter.state === undefined || record.state === filter.state) &&
          (filter.clientId === undefined || record.clientId === filter.clientId),
      )
      .map(toView);
  }
}

function toView(record: DeliveryRecord): DeliveryView {
  const { body, attempts, ...rest } = record;
  return { ...rest, attempts: [...attempts], payload: JSON.parse(body) as unknown };
}
