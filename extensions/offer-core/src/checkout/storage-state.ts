/** What the extension remembers in `storage` (per browser, across checkouts). */
export interface StorageState {
  readonly v: 1;
  /** Hashed checkout keys whose block the buyer dismissed. */
  readonly dismissed: readonly string[];
  /** Checkouts in which offers were shown: [checkout key, epoch ms], for the frequency cap. */
  readonly shown: readonly (readonly [string, number])[];
}

export const STORAGE_KEY = 'tandem-state';
export const EMPTY_STORAGE_STATE: StorageState = { v: 1, dismissed: [], shown: [] };
const KEEP = 50;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Reads a stored value; anything unrecognisable is a fresh state (storage is advisory, never fatal). */
export function parseStorageState(value: unknown): StorageState {
  if (typeof value !== 'object' || value === null) return EMPTY_STORAGE_STATE;
  const raw = value as { v?: unknown; dismissed?: unknown; shown?: unknown };
  if (raw.v !== 1 || !Array.isArray(raw.dismissed) || !Array.isArray(raw.shown)) return EMPTY_STORAGE_STATE;
  const dismissed = raw.dismissed.filter((key): key is string => typeof key === 'string');
  const shown = raw.shown.filter(
    (entry): entry is [string, number] =>
      Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'number',
  );
  return { v: 1, dismissed, shown };
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
