import {
  OFFER_KINDS,
  OFFER_LIST_VERSION,
  QUANTITY_UNITS,
  REASON_CODES,
  type OfferKind,
  type ListVotes,
  type PairVotes,
  type PublishedOffer,
  type PublishedOfferList,
  type QuantityUnit,
  type ReasonCode,
  type Vote,
} from './types.js';

/** An offer as the metafield holds it: the wire keys of PublishedOffer's fields (see types.ts). */
export interface WireOffer {
  readonly v: string;
  readonly p: string;
  readonly s: number;
  readonly r: ReasonCode;
  readonly k: OfferKind;
  readonly f?: string;
  readonly n?: number;
  readonly d?: number;
  readonly q?: readonly [number, number, QuantityUnit];
}

/** A product in a wire vote: its GID, or (in a published value) its numeric id. */
type WireVote = readonly [string | number, number];

/** A list's votes as the metafield holds them (partners `t`, pairs `x`, against `m`). */
export interface WireVotes {
  readonly t?: readonly WireVote[];
  readonly x?: readonly (readonly [string | number, readonly WireVote[]])[];
  readonly m?: readonly WireVote[];
}

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

const PRODUCT_GID = /^gid:\/\/shopify\/Product\/\d+$/;
const PRODUCT_PREFIX = 'gid://shopify/Product/';

type Read<T> = { readonly ok: T } | { readonly problem: string };

/** Votes name products by numeric id on the wire (half the bytes of a GID), by GID in memory; both are read. */
function readProduct(raw: unknown): string | undefined {
  if (typeof raw === 'number')
    return Number.isSafeInteger(raw) && raw > 0 ? `${PRODUCT_PREFIX}${raw}` : undefined;
  return typeof raw === 'string' && PRODUCT_GID.test(raw) ? raw : undefined;
}

/**
 * Reads an array of [product id, value] entries; `entry` names them in problems ("vote 3 …"), `value` reads the
 * second element.
 */
function readKeyed<T>(
  raw: unknown,
  entry: string,
  shape: string,
  value: (raw: unknown) => Read<T>,
): Read<(readonly [string, T])[]> {
  if (!Array.isArray(raw)) return { problem: 'is not an array' };
  const out: (readonly [string, T])[] = [];
  for (const [index, item] of raw.entries()) {
    const product = Array.isArray(item) && item.length === 2 ? readProduct(item[0]) : undefined;
    if (product === undefined) return { problem: `${entry} ${index} is not [product id, ${shape}]` };
    const read = value((item as unknown[])[1]);
    if ('problem' in read) return { problem: `${entry} ${index}: ${read.problem}` };
    out.push([product, read.ok]);
  }
  return { ok: out };
}

const readScore = (raw: unknown): Read<number> =>
  typeof raw === 'number' && raw >= 0 && Number.isFinite(raw)
    ? { ok: raw }
    : { problem: 'score is not a number ≥ 0' };
const readVotes = (raw: unknown): Read<Vote[]> => readKeyed(raw, 'vote', 'score', readScore);
const readPairVotes = (raw: unknown): Read<PairVotes[]> => readKeyed(raw, 'pair', 'votes', readVotes);

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
  const { ver, o, t, x, m } = data as { ver?: unknown; o?: unknown; t?: unknown; x?: unknown; m?: unknown };
  if (ver !== OFFER_LIST_VERSION) return { kind: 'invalid', reason: `unsupported version ${String(ver)}` };
  if (!Array.isArray(o)) return { kind: 'invalid', reason: 'o is not an array' };
  for (const [index, offer] of o.entries()) {
    const problem = offerProblem(offer);
    if (problem) return { kind: 'invalid', reason: `offer ${index}: ${problem}` };
  }
  const votes = t === undefined ? undefined : readVotes(t);
  if (votes && 'problem' in votes) return { kind: 'invalid', reason: `t: ${votes.problem}` };
  const pairs = x === undefined ? undefined : readPairVotes(x);
  if (pairs && 'problem' in pairs) return { kind: 'invalid', reason: `x: ${pairs.problem}` };
  const against = m === undefined ? undefined : readVotes(m);
  if (against && 'problem' in against) return { kind: 'invalid', reason: `m: ${against.problem}` };
  return {
    kind: 'ok',
    list: {
      offers: (o as WireOffer[]).map(fromWireOffer),
      ...(votes ? { partners: votes.ok } : {}),
      ...(pairs ? { pairs: pairs.ok } : {}),
      ...(against ? { against: against.ok } : {}),
    },
  };
}

/** Each field of an offer and its wire key, in the order the published value writes them. */
const WIRE_KEYS = {
  variantId: 'v',
  productId: 'p',
  score: 's',
  reason: 'r',
  kind: 'k',
  fromVariantId: 'f',
  support: 'n',
  discountPct: 'd',
  sizes: 'q',
} as const satisfies { readonly [Field in keyof Required<PublishedOffer>]: keyof WireOffer };

/** Copies the fields present under the other name of each pair (absent ones stay absent). */
function renamed(from: object, pairs: readonly (readonly [string, string])[]): Record<string, unknown> {
  const source = from as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [fromKey, toKey] of pairs) if (source[fromKey] !== undefined) out[toKey] = source[fromKey];
  return out;
}

const TO_WIRE = Object.entries(WIRE_KEYS);
const FROM_WIRE = TO_WIRE.map(([field, key]) => [key, field] as const);

/** A checked wire offer with named fields. */
function fromWireOffer(wire: WireOffer): PublishedOffer {
  return renamed(wire, FROM_WIRE) as unknown as PublishedOffer;
}

/**
 * An offer with its wire keys, nothing rounded: the backend stores lists in this form (their content hashes are
 * of it), and `serializeOfferList` publishes it.
 */
export function toWireOffer(offer: PublishedOffer): WireOffer {
  return renamed(offer, TO_WIRE) as unknown as WireOffer;
}

/** A list's votes with their wire keys, products still as GIDs (absent keys stay absent). */
export function toWireVotes(votes: ListVotes): WireVotes {
  return {
    ...(votes.partners === undefined ? {} : { t: votes.partners }),
    ...(votes.pairs === undefined ? {} : { x: votes.pairs }),
    ...(votes.against === undefined ? {} : { m: votes.against }),
  };
}

const roundScore = (score: number): number => Math.round(score * 10_000) / 10_000;
/**
 * A product GID's numeric id, as votes carry it on the wire; the GID itself for an id a JSON number cannot hold
 * exactly (above 2^53), which `readProduct` reads back as well.
 */
const wireId = (gid: string): number | string => {
  const id = Number(gid.slice(gid.lastIndexOf('/') + 1));
  return Number.isSafeInteger(id) ? id : gid;
};
const wireVotes = (votes: readonly Vote[]): (readonly [number | string, number])[] =>
  votes
    .map(([product, score]) => [wireId(product), roundScore(score)] as const)
    .filter(([, score]) => score > 0);

/** Serialises a list the way it is published; stable key order so content hashes are stable. */
export function serializeOfferList(offers: readonly PublishedOffer[], votes: ListVotes = {}): string {
  const ordered = offers.map((offer) => {
    const wire = toWireOffer(offer);
    return { ...wire, s: roundScore(wire.s) };
  });
  // Votes that round to 0 would change nothing at checkout; dropping them keeps the value small.
  const t = wireVotes(votes.partners ?? []);
  const x = (votes.pairs ?? [])
    .map(([product, pairVotes]) => [wireId(product), wireVotes(pairVotes)] as const)
    .filter(([, pairVotes]) => pairVotes.length > 0);
  const m = wireVotes(votes.against ?? []);
  return JSON.stringify({
    ver: OFFER_LIST_VERSION,
    o: ordered,
    ...(t.length > 0 ? { t } : {}),
    ...(x.length > 0 ? { x } : {}),
    ...(m.length > 0 ? { m } : {}),
  });
}

/** A list's votes alone (absent keys stay absent), to pass along with its offers. */
export function votesOf(list: ListVotes): ListVotes {
  return {
    ...(list.partners === undefined ? {} : { partners: list.partners }),
    ...(list.pairs === undefined ? {} : { pairs: list.pairs }),
    ...(list.against === undefined ? {} : { against: list.against }),
  };
}
