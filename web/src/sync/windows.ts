/**
 * Shopify refuses to page past the 25,000th object of one query ("Pagination limits",
 * https://shopify.dev/docs/api/usage/limits). A paged sync therefore reads in windows: when a window is full, the
 * same query restarts with a keyset filter after the last node read (`id:>N`, or `created_at:>=T` for orders sorted
 * by creation time, whose boundary repeats are harmless idempotent upserts).
 */
export const PAGINATION_LIMIT = 25_000;

export interface PageWindowState {
  /** endCursor within the current window. */
  readonly after: string | null;
  /** Keyset filter of the current window (null = the first window). */
  readonly window: string | null;
  /** Objects read in the current window. */
  readonly windowOffset: number;
}

export interface PageOutcome {
  readonly count: number;
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
  /** Keyset filter starting after this page's last node. */
  readonly windowAfterLast: () => string;
}

/** The largest `first` the current window still allows. */
export function windowRoom(state: PageWindowState, size: number): number {
  return Math.max(1, Math.min(size, PAGINATION_LIMIT - state.windowOffset));
}

/** Where the next page starts, or null when the query is exhausted. */
export function advanceWindow(state: PageWindowState, page: PageOutcome): PageWindowState | null {
  if (!page.hasNextPage || page.endCursor === null || page.count === 0) return null;
  const windowOffset = state.windowOffset + page.count;
  if (windowOffset >= PAGINATION_LIMIT)
    return { after: null, window: page.windowAfterLast(), windowOffset: 0 };
  return { after: page.endCursor, window: state.window, windowOffset };
}
