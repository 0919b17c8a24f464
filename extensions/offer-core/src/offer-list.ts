import {
  OFFER_KINDS,
  OFFER_LIST_VERSION,
  QUANTITY_UNITS,
  REASON_CODES,
  type OfferKind,
  type PublishedOffer,
  type PublishedOfferList,
  type ReasonCode,
} from './types.js';

export type OfferListParse =
  | { readonly kind: 'ok'; readonly list: PublishedOfferList }
  | { readonly kind: 'invalid'; readonly reason: string };

const GID = /^gid:\/\/shopify\/(Product|ProductVariant)\/\d+$/;

const isReason = (value: unknown): value is ReasonCode =>
  (REASON_CODES as readonly unknown[]).includes(value);
const isKind = (value: unknown): value is OfferKind => (OFFER_KINDS as readonly unknown[]).includes(value);
const isAmount = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value > 0;
const isQuantity = (value: unknown) =>
  Array.isArray(value) &&
  value.length === 3 &&
  isAmount(value[0]) &&
  isAmount(value[1]) &&
  (QUANTITY_UNITS as readonly unknown[]).includes(value[2]);

function offerProblem(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return 'is not an object';
  const o = raw as Record<string, unknown>;
  if (typeof o.v !== 'string' || !GID.test(o.v)) return 'v is not a variant GID';
  if (typeof o.p !== 'string' || !GID.test(o.p)) return 'p is not a product GID';
  if (typeof o.s !== 'number' || !Number.isFinite(o.s)) return 's is not a number';
  if (!isReason(o.r)) return `r is not one of ${REASON_CODES.join(', ')}`;
  if (!isKind(o.k)) return `k is not one of ${OFFER_KINDS.join(', ')}`;
  if (o.f !== undefined && (typeof o.f !== 'string' || !GID.test(o.f))) return 'f is not a variant GID';
  if (o.n !== undefined && (typeof o.n !== 'number' || !Number.isInteger(o.n) || o.n < 0))
    return 'n is not a count';
  if (o.d !== undefined && (typeof o.d !== 'number' || !(o.d > 0 && o.d <= 100)))
    return 'd is not a percent in (0, 100]';
  if (o.q !== undefined && !isQuantity(o.q))
    return `q is not [from, to, ${QUANTITY_UNITS.join('|')}] with positive amounts`;
  if (o.k === 'upgrade' && o.f === undefined) return 'an upgrade has no f (the variant it upgrades from)';
  return undefined;
}

/**
 * Reads a metafield value (JSON string or already-parsed object). Checkout must never break on a bad value,
 * so this returns a reason instead of throwing.
 */
export function parseOfferList(value: unknown): OfferListParse {
  let data = value;
  if (typeof value === 'string') {
    try {
      data = JSON.parse(value) as unknown;
    } catch {
      return { kind: 'invalid', reason: 'not JSON' };
    }
  }
  if (typeof data !== 'object' || data === null) return { kind: 'invalid', reason: 'not an object' };
  const { ver, o } = data as { ver?: unknown; o?: unknown };
  if (ver !== OFFER_LIST_VERSION) return { kind: 'invalid', reason: `unsupported version ${String(ver)}` };
  if (!Array.isArray(o)) return { kind: 'invalid', reason: 'o is not an array' };
  for (const [index, offer] of o.entries()) {
    const problem = offerProblem(offer);
    if (problem) return { kind: 'invalid', reason: `offer ${index}: ${problem}` };
  }
  return { kind: 'ok', list: { ver: OFFER_LIST_VERSION, o: o as PublishedOffer[] } };
}

/** Serialises a list the way it is published; stable key order so content hashes are stable. */
export function serializeOfferList(offers: readonly PublishedOffer[]): string {
  const ordered = offers.map((offer) => {
    const { v, p, s, r, k, f, n, d, q } = offer;
    return {
      v,
      p,
      s: Math.round(s * 10_000) / 10_000,
      r,
      k,
      ...(f === undefined ? {} : { f }),
      ...(n === undefined ? {} : { n }),
      ...(d === undefined ? {} : { d }),
      ...(q === undefined ? {} : { q }),
    };
  });
  return JSON.stringify({ ver: OFFER_LIST_VERSION, o: ordered });
}
