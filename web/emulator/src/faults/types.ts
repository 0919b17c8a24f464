/** Fault injection: rules that make the next N (or a share of) matching requests or webhooks misbehave. */

/** Which HTTP surface a request fault applies to. */
export const HTTP_TARGETS = ['admin', 'storefront', 'oauth', 'bulk', 'any'] as const;
export type HttpTarget = (typeof HTTP_TARGETS)[number];

export const FAULT_KINDS = [
  'http-error',
  'timeout',
  'throttle',
  'drop-webhook',
  'duplicate-webhook',
  'reorder-webhooks',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/**
 * How often a fault fires: `count` = the next N matching occurrences; `share` = each matching
 * occurrence with that probability (seeded, so runs repeat), capped by `count` when both are given.
 * Neither given = once.
 */
export interface FaultFrequency {
  readonly count?: number | undefined;
  readonly share?: number | undefined;
}

interface Scoped extends FaultFrequency {
  readonly shop?: string | undefined;
}

export type FaultSpec =
  | (Scoped & { readonly kind: 'http-error'; readonly status: number; readonly target: HttpTarget })
  /** Hold the request open without answering for `hangMs`, then drop the connection. */
  | (Scoped & { readonly kind: 'timeout'; readonly target: HttpTarget; readonly hangMs?: number | undefined })
  /** Admin GraphQL answers THROTTLED (the engine produces the response and cost extensions). */
  | (Scoped & { readonly kind: 'throttle' })
  | (Scoped & { readonly kind: 'drop-webhook'; readonly topic?: string | undefined })
  | (Scoped & { readonly kind: 'duplicate-webhook'; readonly topic?: string | undefined })
  /** Hold `batch` consecutive deliveries and send them newest first. */
  | (Scoped & {
      readonly kind: 'reorder-webhooks';
      readonly topic?: string | undefined;
      readonly batch: number;
    });

export interface ActiveFault {
  readonly id: string;
  readonly spec: FaultSpec;
  /** Times it fired so far. */
  fired: number;
}

/** What an occurrence looks like, for matching against fault rules. */
export interface Occurrence {
  readonly shop: string;
  readonly target?: Exclude<HttpTarget, 'any'>;
  readonly topic?: string;
}
