// Paging shapes the ports share. Kept beside the ports rather than in store/types.ts, which imports every port:
// a port importing it back would close an import cycle.

/** One page of a keyset-paginated list; pass `nextCursor` back as `after` until it is null. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

export interface PageRequest {
  /** Opaque cursor from the previous page's `nextCursor`. */
  readonly after?: string | null;
  /** Page size, 1–1000 (default 100). */
  readonly limit?: number;
}
