import { readJsonObject } from '../checkout/json-value.js';

/**
 * The published buyer profile: the value of the customer metafield `$app:tandem`/`profile`, written by the backend
 * for customers with orders in the history window and read by checkout for the logged-in buyer. It holds product and
 * variant ids, days and counts only — no names, emails or addresses. Bump PROFILE_VERSION on any incompatible change
 * (checkout ignores versions it does not know).
 */
export const PROFILE_VERSION = 1;
export const PROFILE_KEY = 'profile';
/** What checkout downloads beyond the cart's lists; the builder trims to fit and a test holds it to this. */
export const PROFILE_MAX_BYTES = 4096;
/**
 * A profile not rewritten for this long describes a buyer whose recent orders it may miss (a lost webhook, a
 * shop that stopped syncing): checkout then treats them as a guest.
 */
export const PROFILE_MAX_AGE_DAYS = 120;

const DAY_MS = 86_400_000;

/** Whole UTC days since 1970-01-01: the profile's clock, so checkout and backend agree without time zones. */
export function dayNumber(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

/**
 * One product the buyer bought: [product id, variant id (0 when unknown), days since the last purchase at `at`,
 * orders that held it, typical days between repurchases of it (the buyer's own when they bought it on two days or
 * more, else the shop's; 0: not a repeat purchase)]. Ids are numeric (half the bytes of a GID).
 */
export type ProfileItem = readonly [number, number, number, number, number];

/** A product the buyer's history votes for: [product id, score relative to the best, in (0, 1]]. */
export type ProfileVote = readonly [number, number];

export interface PublishedProfile {
  readonly ver: typeof PROFILE_VERSION;
  /** The shop's myshopify domain: a profile copied to another shop is not used there. */
  readonly shop: string;
  /** The day (see `dayNumber`) the profile was written. */
  readonly at: number;
  /** The buyer's orders the profile was built from. */
  readonly n: number;
  /** Bought products, most relevant first. */
  readonly i: readonly ProfileItem[];
  /** What the merge of the bought products' published lists offers, best first (see `personaliseOffers`). */
  readonly h: readonly ProfileVote[];
}

/** A bought product as checkout uses it, with days counted to today. */
export interface BoughtProduct {
  readonly productId: string;
  /** Undefined when the profile does not know it: then the product cannot be offered as "Buy again". */
  readonly variantId: string | undefined;
  readonly daysSince: number;
  readonly count: number;
  /** Typical days between repurchases in this shop; 0 for products people do not buy again. */
  readonly intervalDays: number;
}

export interface BuyerProfile {
  /** The buyer's orders in the history the profile describes. */
  readonly orders: number;
  readonly bought: readonly BoughtProduct[];
  /** Product GID → the history's vote. */
  readonly votes: ReadonlyMap<string, number>;
}

export type ProfileRead =
  | { readonly kind: 'ok'; readonly profile: BuyerProfile }
  | { readonly kind: 'ignored'; readonly reason: string };

const PRODUCT_PREFIX = 'gid://shopify/Product/';
const VARIANT_PREFIX = 'gid://shopify/ProductVariant/';

const isId = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) > 0;
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function itemProblem(raw: unknown): string | undefined {
  if (!Array.isArray(raw) || raw.length !== 5) return 'is not [product, variant, days, count, interval]';
  const [product, variant, days, count, interval] = raw as unknown[];
  if (!isId(product)) return 'has no product id';
  if (!isCount(variant)) return 'has a bad variant id';
  if (!isCount(days) || !isId(count) || !isCount(interval)) return 'has bad days, count or interval';
  return undefined;
}

function voteProblem(raw: unknown): string | undefined {
  if (!Array.isArray(raw) || raw.length !== 2) return 'is not [product, score]';
  const [product, score] = raw as unknown[];
  if (!isId(product)) return 'has no product id';
  if (typeof score !== 'number' || !(score > 0 && score <= 1)) return 'has a score outside (0, 1]';
  return undefined;
}

/** The metafield value as written: compact JSON. */
export function serializeProfile(profile: PublishedProfile): string {
  return JSON.stringify(profile);
}

/**
 * Reads a profile for checkout. Missing, malformed, stale, future-dated or another shop's profiles are ignored with
 * the reason (for the extension's debug log): the buyer then sees what a guest sees.
 */
export function readProfile(
  value: unknown,
  context: { readonly shop: string; readonly today: number },
): ProfileRead {
  if (value === undefined || value === null || value === '') return { kind: 'ignored', reason: 'no profile' };
  const json = readJsonObject(value);
  if (json.kind === 'invalid') return { kind: 'ignored', reason: `profile is ${json.reason}` };
  const raw = json.data;
  if (raw.ver !== PROFILE_VERSION)
    return { kind: 'ignored', reason: `profile version ${String(raw.ver)} unknown` };
  if (raw.shop !== context.shop)
    return { kind: 'ignored', reason: `profile is of another shop (${String(raw.shop)})` };
  if (!isCount(raw.at)) return { kind: 'ignored', reason: 'profile has no day (at)' };
  const age = context.today - raw.at;
  if (age < 0) return { kind: 'ignored', reason: `profile is dated ${-age} days in the future` };
  if (age > PROFILE_MAX_AGE_DAYS)
    return { kind: 'ignored', reason: `profile is stale (${age} days old, at most ${PROFILE_MAX_AGE_DAYS})` };
  if (!isId(raw.n)) return { kind: 'ignored', reason: 'profile has no order count (n)' };
  const orders = raw.n;
  if (!Array.isArray(raw.i) || !Array.isArray(raw.h))
    return { kind: 'ignored', reason: 'profile has no items (i) or votes (h)' };
  const bought: BoughtProduct[] = [];
  for (const [at, item] of (raw.i as unknown[]).entries()) {
    const problem = itemProblem(item);
    if (problem) return { kind: 'ignored', reason: `profile item ${at} ${problem}` };
    const [product, variant, days, count, interval] = item as ProfileItem;
    if (count > orders)
      return { kind: 'ignored', reason: `profile item ${at} has more orders than the profile` };
    bought.push({
      productId: `${PRODUCT_PREFIX}${product}`,
      variantId: variant > 0 ? `${VARIANT_PREFIX}${variant}` : undefined,
      daysSince: days + age,
      count,
      intervalDays: interval,
    });
  }
  const votes = new Map<string, number>();
  for (const [at, vote] of (raw.h as unknown[]).entries()) {
    const problem = voteProblem(vote);
    if (problem) return { kind: 'ignored', reason: `profile vote ${at} ${problem}` };
    const [product, score] = vote as ProfileVote;
    votes.set(`${PRODUCT_PREFIX}${product}`, score);
  }
  return { kind: 'ok', profile: { orders, bought, votes } };
}
