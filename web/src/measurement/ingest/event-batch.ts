import { OFFER_EVENTS, OFFER_TARGETS } from '@tandem/offer-core';
import { z } from 'zod';
import { ARMS, type NewPixelEvent, type PixelEventType } from '../../domain/event.js';
import { isShopDomain } from '../../domain/shop.js';
import { hashCheckoutToken } from '../checkout-hash.js';
import type { IngestLimits } from './limits.js';

// The pixel's OfferEventData, field for field: unknown keys, wrong types or missing fields are refused.
const eventSchema = z.strictObject({
  v: z.literal(1),
  event: z.enum(OFFER_EVENTS),
  offerId: z
    .string()
    .regex(/^\d{1,20}-\d{1,20}$/, 'must be an offer id like 7001-8002')
    .nullable(),
  arm: z.enum(ARMS),
  target: z.enum(OFFER_TARGETS),
  checkoutToken: z.string().regex(/^[\x21-\x7e]{1,255}$/, 'must be 1–255 printable characters'),
  ts: z.number().int().nonnegative(),
});

// Built once per batch limit: constructing a zod schema costs more than parsing a batch with it.
const batchSchemas = new Map<number, ReturnType<typeof buildBatchSchema>>();
function buildBatchSchema(maxEvents: number) {
  return z.strictObject({
    shop: z.string().refine(isShopDomain, 'must be a name.myshopify.com domain'),
    events: z.array(eventSchema).min(1).max(maxEvents),
  });
}
function batchSchema(maxEvents: number) {
  let schema = batchSchemas.get(maxEvents);
  if (schema === undefined) {
    schema = buildBatchSchema(maxEvents);
    batchSchemas.set(maxEvents, schema);
  }
  return schema;
}

const OFFER_SPECIFIC: readonly string[] = ['impression', 'add', 'upgrade'];

export interface BatchIssue {
  readonly path: string;
  readonly message: string;
}

export type EventBatchParse =
  | { readonly kind: 'ok'; readonly shop: string; readonly events: readonly NewPixelEvent[] }
  | { readonly kind: 'invalid'; readonly issues: readonly BatchIssue[] };

const pathOf = (path: readonly PropertyKey[]) =>
  path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key),
    '',
  ) || '(body)';

/**
 * Checks a `{shop, events}` batch from the pixel and turns it into storable events: the checkout token is
 * replaced by its one-way hash (no buyer data is kept) and the browser's epoch milliseconds by an ISO time.
 * Besides the schema: impressions, adds and upgrades name an offer, `eligible` does not; the control arm shows
 * nothing, so it only ever sends `eligible`; timestamps may not be in the future (beyond clock skew) or stale.
 * All or nothing: one bad event refuses the batch, with every problem named.
 */
export function parseEventBatch(body: unknown, nowMs: number, limits: IngestLimits): EventBatchParse {
  const parsed = batchSchema(limits.maxEventsPerBatch).safeParse(body);
  if (!parsed.success)
    return {
      kind: 'invalid',
      issues: parsed.error.issues
        .slice(0, 50)
        .map((issue) => ({ path: pathOf(issue.path), message: issue.message })),
    };
  const issues: BatchIssue[] = [];
  parsed.data.events.forEach((event, index) => {
    const at = `events[${index}]`;
    if (OFFER_SPECIFIC.includes(event.event) && event.offerId === null)
      issues.push({ path: `${at}.offerId`, message: `is required for ${event.event}` });
    if (event.event === 'eligible' && event.offerId !== null)
      issues.push({ path: `${at}.offerId`, message: 'must be null for eligible' });
    if (event.arm === 'control' && event.event !== 'eligible')
      issues.push({
        path: `${at}.arm`,
        message: `control shows no offers, so it cannot send ${event.event}`,
      });
    if (event.ts > nowMs + limits.maxClockSkewMs)
      issues.push({ path: `${at}.ts`, message: `is in the future (${new Date(event.ts).toISOString()})` });
    else if (event.ts < nowMs - limits.maxAgeMs)
      issues.push({
        path: `${at}.ts`,
        message: `is older than ${Math.round(limits.maxAgeMs / 86_400_000)} days`,
      });
  });
  if (issues.length > 0) return { kind: 'invalid', issues };
  return {
    kind: 'ok',
    shop: parsed.data.shop,
    events: parsed.data.events.map((event) => ({
      checkoutToken: hashCheckoutToken(event.checkoutToken),
      offerId: event.offerId,
      arm: event.arm,
      type: event.event satisfies PixelEventType,
      occurredAt: new Date(event.ts).toISOString(),
      placement: event.target,
    })),
  };
}
