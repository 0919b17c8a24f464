/** A discount's status at a moment: SCHEDULED before startsAt, EXPIRED from endsAt on, ACTIVE between. */
import type { BxgyDiscountRecord } from './records.js';

export function discountStatus(
  record: Pick<BxgyDiscountRecord, 'startsAt' | 'endsAt'>,
  nowMs: number,
): 'ACTIVE' | 'SCHEDULED' | 'EXPIRED' {
  if (Date.parse(record.startsAt) > nowMs) return 'SCHEDULED';
  return record.endsAt && Date.parse(record.endsAt) <= nowMs ? 'EXPIRED' : 'ACTIVE';
}
