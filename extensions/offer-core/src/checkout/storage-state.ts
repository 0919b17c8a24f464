/** What the extension remembers in `storage` (per browser, across checkouts). */
export interface StorageState {
  readonly v: 1;
  /** Hashed checkout keys whose block the buyer dismissed. */
  readonly dismissed: readonly string[];
  /** Checkouts in which offers were shown: [checkout key, epoch ms], for the frequency cap. */
  readonly shown: readonly (readonly [string, number])[];
  /**
   * Offers the buyer said "No thanks" to: [offered variant, checkouts it was dismissed in, last dismissal epoch ms,
   * last checkout key], so one checkout counts once. Absent in states older than the dismissal cap.
   */
  readonly offers?: readonly (readonly [string, number, number, string])[];
}

/** A shop's dismissal cap: an offer dismissed in `limit` checkouts stays away `days` days (limit 0 = off). */
export interface DismissalCap {
  readonly limit: number;
  readonly days: number;
}

export const STORAGE_KEY = 'tandem-state';
export const EMPTY_STORAGE_STATE: StorageState = { v: 1, dismissed: [], shown: [] };
const KEEP = 50;
/** Offers remembered for the dismissal cap: a block shows ≤ 3, so this covers many checkouts. */
const KEEP_OFFERS = 100;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Reads a stored value; anything unrecognisable is a fresh state (storage is advisory, never fatal). */
export function parseStorageState(value: unknown): StorageState {
  if (typeof value !== 'object' || value === null) return EMPTY_STORAGE_STATE;
  const raw = value as { v?: unknown; dismissed?: unknown; shown?: unknown; offers?: unknown };
  if (raw.v !== 1 || !Array.isArray(raw.dismissed) || !Array.isArray(raw.shown)) return EMPTY_STORAGE_STATE;
  const dismissed = raw.dismissed.filter((key): key is string => typeof key === 'string');
  const shown = raw.shown.filter(
    (entry): entry is [string, number] =>
      Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'number',
  );
  const offers = Array.isArray(raw.offers)
    ? raw.offers.filter(
        (entry): entry is [string, number, number, string] =>
          Array.isArray(entry) &&
          typeof entry[0] === 'string' &&
          typeof entry[1] === 'number' &&
          typeof entry[2] === 'number' &&
          typeof entry[3] === 'string',
      )
    : [];
  return offers.length > 0 ? { v: 1, dismissed, shown, offers } : { v: 1, dismissed, shown };
}

/** Records that the buyer dismissed these offered variants in this checkout (each checkout counts once). */
export function withOfferDismissals(
  state: StorageState,
  checkoutKey: string,
  variantIds: readonly string[],
  now: number,
): StorageState {
  const offers = new Map((state.offers ?? []).map((entry) => [entry[0], entry] as const));
  for (const id of variantIds) {
    const [, count = 0, , lastCheckout] = offers.get(id) ?? [];
    const counted = lastCheckout === checkoutKey ? count : count + 1;
    offers.delete(id);
    offers.set(id, [id, counted, now, checkoutKey]);
  }
  return { ...state, offers: [...offers.values()].slice(-KEEP_OFFERS) };
}

/** Offered variants not to show now: dismissed in `cap.limit` checkouts, the last less than `cap.days` ago. */
export function cappedOffers(state: StorageState, cap: DismissalCap, now: number): ReadonlySet<string> {
  if (cap.limit <= 0) return new Set();
  return new Set(
    (state.offers ?? [])
      .filter(([, count, at]) => count >= cap.limit && now - at < cap.days * DAY_MS)
      .map(([id]) => id),
  );
}

export function isDismissed(state: StorageState, checkoutKey: string): boolean {
  return state.dismissed.includes(checkoutKey);
}

export function withDismissal(state: StorageState, checkoutKey: string): StorageState {
  if (isDismissed(state, checkoutKey)) return state;
  return { ...state, dismissed: [...state.dismissed, checkoutKey].slice(-KEEP) };
}

/** Records that this checkout showed offers (once per checkout; old entries are dropped). */
export function withShown(state: StorageState, checkoutKey: string, now: number): StorageState {
  if (state.shown.some(([key]) => key === checkoutKey)) return state;
  const recent = state.shown.filter(([, at]) => now - at < DAY_MS);
  return { ...state, shown: [...recent, [checkoutKey, now] as const].slice(-KEEP) };
}

/** True when showing offers in this checkout would exceed `cap` checkouts per 24 h (0 = no cap). */
export function isFrequencyCapped(
  state: StorageState,
  checkoutKey: string,
  cap: number,
  now: number,
): boolean {
  if (cap <= 0) return false;
  const recent = state.shown.filter(([key, at]) => key !== checkoutKey && now - at < DAY_MS);
  const alreadyShownHere = state.shown.some(([key]) => key === checkoutKey);
  return !alreadyShownHere && recent.length >= cap;
}
