import { OFFER_KINDS, type OfferKind } from '../types.js';
import { ARMS, type Arm } from './types.js';

/** Line attribute key; the leading underscore keeps it out of the buyer's order summary. */
export const TANDEM_ATTRIBUTE_KEY = '_tandem';
const FORMAT_VERSION = '1';
const NUMERIC_ID = /^\d{1,20}$/;
const GID_TAIL = /\/(\d{1,20})$/;

export interface TandemAttribute {
  readonly offerId: string;
  readonly arm: Arm;
  readonly offerKind: OfferKind;
}

export type TandemAttributeParse =
  ({ readonly kind: 'offer' } & TandemAttribute) | { readonly kind: 'invalid'; readonly reason: string };

/**
 * An offer's id: `<source>-<target>` numeric ids. For a cross-sell the source is the cart product whose list
 * ranked it and the target the offered variant; for an upgrade, the variant upgraded from and the one upgraded to.
 * Stable across renders and readable in the order admin.
 */
export function offerIdFor(sourceGid: string, targetGid: string): string {
  return `${numericTail(sourceGid)}-${numericTail(targetGid)}`;
}

function numericTail(gid: string): string {
  return GID_TAIL.exec(gid)?.[1] ?? (NUMERIC_ID.test(gid) ? gid : '0');
}

/** Attribute value, e.g. `1:xsell:treatment:7001-8002` (format version first, so it can evolve). */
export function encodeTandemAttribute(attribute: TandemAttribute): string {
  return [FORMAT_VERSION, attribute.offerKind, attribute.arm, attribute.offerId].join(':');
}

/**
 * Reads a `_tandem` line attribute value back (the backend's attribution calls this on order lines).
 * Never throws: anything malformed is `{kind: 'invalid'}` with the reason, so the order is kept unattributed.
 */
export function parseTandemAttribute(value: unknown): TandemAttributeParse {
  if (typeof value !== 'string') return { kind: 'invalid', reason: 'value is not a string' };
  const parts = value.split(':');
  if (parts.length !== 4)
    return { kind: 'invalid', reason: `expected 4 ":"-separated parts, got ${parts.length}` };
  const [version, offerKind, arm, offerId] = parts as [string, string, string, string];
  if (version !== FORMAT_VERSION) return { kind: 'invalid', reason: `unknown format version "${version}"` };
  if (!(OFFER_KINDS as readonly string[]).includes(offerKind))
    return { kind: 'invalid', reason: `unknown offer kind "${offerKind}"` };
  if (!(ARMS as readonly string[]).includes(arm)) return { kind: 'invalid', reason: `unknown arm "${arm}"` };
  const [source, target, ...rest] = offerId.split('-');
  if (rest.length > 0 || !source || !target || !NUMERIC_ID.test(source) || !NUMERIC_ID.test(target)) {
    return { kind: 'invalid', reason: `offer id "${offerId}" is not <number>-<number>` };
  }
  return { kind: 'offer', offerId, arm: arm as Arm, offerKind: offerKind as OfferKind };
}
