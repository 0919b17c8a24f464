import type { Arm } from './event.js';
import type { OfferKind } from './rule.js';

/** One order line credited to an offer. For upgrades `revenueMinor` is only the price difference. */
export interface Attribution {
  readonly orderId: string;
  readonly lineId: string;
  readonly offerId: string;
  readonly kind: OfferKind;
  readonly arm: Arm;
  readonly revenueMinor: number;
  readonly quantity: number;
}
