import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getOperationAST, print } from 'graphql';
import { ClientError, GraphQLClient } from 'graphql-request';
import {
  AppError,
  ShopifyThrottledError,
  ShopifyUserError,
  ShopUninstalledError,
  UnavailableError,
} from '../../errors.js';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from '../../queue/backoff.js';
import { waitBeforeRequest, type BucketEstimate } from './throttle.js';
import type { AdminLogEvent, AdminResult, QueryCost } from './types.js';

/** Where an expiring offline token comes from (install/offline-tokens.ts): fresh on each request, refreshable. */
export interface AdminCredentials {
  /** The token to send now (refreshed first when it is about to expire). */
  token(): Promise<string>;
  /** Shopify answered 401 to `rejected`: a fresh token to retry with once; throws when there is none. */
  refreshAfterUnauthorized(rejected: string): Promise<string>;
}

export interface AdminClientOptions {
  /** `shop.myshopify.com` */
  readonly shop: string;
  /** A fixed token (tests, tools) or the shop's refreshable credentials. */
  readonly accessToken: string | AdminCredentials;
  readonly apiVersion: string;
  /** Network boundary: the emulator adapter, a queued fake in tests, or the platform fetch. */
  readonly fetch?: typeof fetch;
  readonly log?: (event: AdminLogEvent) => void;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly now?: () => number;
  readonly maxAttempts?: number;
  readonly backoff?: Omit<BackoffOptions, 'random'>;
  readonly random?: () => number;
  /** Called when Shopify answers 401/403: the token is gone (uninstall) or revoked. */
  readonly onAuthFailure?: (status: number) => void;
  /** A request with no answer by then is abandoned and retried like a network failure (default 30 s). */
  readonly requestTimeoutMs?: number;
}

export interface AdminClient {
  readonly shop: string;
  request<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
  ): Promise<AdminResult<TData>>;
  /** The latest bucket estimate, for callers that size their pages from it. */
  bucket(): BucketEstimate | undefined;
}

type Outcome<TData> =
  | { readonly kind: 'ok'; readonly result: AdminResult<TData> }
  | { readonly kind: 'unauthorized'; readonly token: string }
  | { readonly kind: 'retry'; readonly reason: string; readonly error: AppError; readonly waitMs?: number };

const DEFAULT_EXPECTED_COST = 50;
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/**
 * The one wrapper around Admin GraphQL (STYLE 14): it waits before a request would be throttled (from the last
 * throttleStatus and the operation's last requested cost), retries THROTTLED / 5xx / network failures with pure
 * backoff, turns 401/403 into a non-retryable ShopUninstalledError, and emits typed log events.
 */
export function createAdminClient(options: AdminClientOptions): AdminClient {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const log = options.log ?? (() => undefined);
  const maxAttempts = options.maxAttempts ?? 6;
  const backoff = {
    ...DEFAULT_BACKOFF,
    baseMs: 500,
    maxMs: 30_000,
    ...options.backoff,
    random: options.random ?? Math.random,
  };
  // A connection Shopify (or a proxy) holds open without answering would otherwise hold its job forever.
  const baseFetch = options.fetch ?? fetch;
  const timeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const timedFetch: typeof fetch = (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    return baseFetch(input, {
      ...init,
      signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout,
    });
  };
  const client = new GraphQLClient(`https://${options.shop}/admin/api/${options.apiVersion}/graphql.json`, {
    fetch: timedFetch,
    errorPolicy: 'all',
  });
  const fixed = options.accessToken;
  const credentials: AdminCredentials =
    typeof fixed === 'string'
      ? {
          token: async () => fixed,
          refreshAfterUnauthorized: async () => {
            throw new ShopUninstalledError(`Shopify refused the access token for ${options.shop} (HTTP 401)`);
          },
        }
      : fixed;
  let estimate: BucketEstimate | undefined;
  const expectedCost = new Map<string, number>();

  async function attempt<TData>(
    operation: string,
    query: string,
    variables: Record<string, unknown>,
    token: string,
    mayRefresh: boolean,
  ): Promise<Outcome<TData>> {
    const started = now();
    try {
      const response = await client.rawRequest<TData, Record<string, unknown>>(query, variables, {
        'X-Shopify-Access-Token': token,
      });
      const cost = readCost(response.extensions);
      if (cost) {
        estimate = { status: cost.throttleStatus, observedAt: now() };
        expectedCost.set(operation, cost.requestedQueryCost);
      }
      const errors = response.errors ?? [];
      if (errors.some((error) => error.extensions?.['code'] === 'THROTTLED')) {
        const needed = cost?.requestedQueryCost ?? expectedCost.get(operation) ?? DEFAULT_EXPECTED_COST;
        const waitMs = Math.max(waitBeforeRequest(estimate, needed, now()), 1_000);
        return {
          kind: 'retry',
          reason: 'THROTTLED',
          waitMs,
          error: new ShopifyThrottledError(`${operation} was throttled`, waitMs),
        };
      }
      if (errors.length > 0) {
        const message = [...new Set(errors.map((error) => error.message))].join('; ');
        throw new GraphqlRequestError(`${operation} failed: ${message}`);
      }
      log({
        type: 'request',
        operation,
        requestedCost: cost?.requestedQueryCost ?? 0,
        actualCost: cost?.actualQueryCost ?? null,
        available: cost?.throttleStatus.currentlyAvailable ?? -1,
        ms: now() - started,
      });
      return { kind: 'ok', result: { data: response.data, cost } };
    } catch (error) {
      return classify(operation, error, token, mayRefresh);
    }
  }

  function classify(operation: string, error: unknown, token: string, mayRefresh: boolean): Outcome<never> {
    if (error instanceof AppError && !(error instanceof UnavailableError)) throw error;
    const status = error instanceof ClientError ? error.response.status : undefined;
    // An expiring token can lapse between our check and Shopify's: refresh once, then the request is retried.
    if (status === 401 && mayRefresh && typeof fixed !== 'string') return { kind: 'unauthorized', token };
    if (status === 401 || status === 403) {
      log({ type: 'auth-failed', operation, status });
      options.onAuthFailure?.(status);
      throw new ShopUninstalledError(`Shopify refused the access token for ${options.shop} (HTTP ${status})`);
    }
    if (status !== undefined && status < 500 && status !== 429) {
      throw new GraphqlRequestError(`${operation} failed with HTTP ${status}`);
    }
    const reason =
      status !== undefined ? `HTTP ${status}` : error instanceof Error ? error.message : String(error);
    return {
      kind: 'retry',
      reason,
      error: new UnavailableError(`Shopify Admin API unavailable for ${options.shop}: ${reason}`),
    };
  }

  return {
    shop: options.shop,
    bucket: () => estimate,
    async request<TData, TVariables extends Record<string, unknown>>(
      document: TypedDocumentNode<TData, TVariables>,
      variables: TVariables,
    ): Promise<AdminResult<TData>> {
      const operation = getOperationAST(document)?.name?.value ?? 'anonymous';
      const query = print(document);
      let refreshed = false;
      for (let attemptNo = 1; ; attemptNo += 1) {
        const needed = expectedCost.get(operation) ?? DEFAULT_EXPECTED_COST;
        const waitMs = waitBeforeRequest(estimate, needed, now());
        if (waitMs > 0) {
          log({
            type: 'throttle-wait',
            operation,
            waitMs,
            needed,
            available: estimate ? estimate.status.currentlyAvailable : -1,
          });
          await sleep(waitMs);
        }
        const token = await credentials.token();
        const outcome = await attempt<TData>(operation, query, variables, token, !refreshed);
        if (outcome.kind === 'ok') return outcome.result;
        if (outcome.kind === 'unauthorized') {
          log({ type: 'token-refresh', operation });
          await credentials.refreshAfterUnauthorized(outcome.token);
          refreshed = true;
          attemptNo -= 1; // a refresh is not a failed attempt
          continue;
        }
        if (attemptNo >= maxAttempts) throw outcome.error;
        const delayMs = outcome.waitMs ?? backoffDelay(attemptNo, backoff);
        log({ type: 'retry', operation, attempt: attemptNo, delayMs, reason: outcome.reason });
        await sleep(delayMs);
      }
    },
  };
}

/** A GraphQL-level failure (bad query, unknown field): a bug on our side, so never retried. */
export class GraphqlRequestError extends AppError {
  override readonly code = 'shopify_graphql_error';
  override readonly retryable = false;
}

function readCost(extensions: unknown): QueryCost | undefined {
  const cost = (extensions as { cost?: QueryCost } | undefined)?.cost;
  return cost && typeof cost.requestedQueryCost === 'number' && cost.throttleStatus ? cost : undefined;
}

/** Throws a ShopifyUserError when a mutation payload carries userErrors. */
export function assertNoUserErrors(
  operation: string,
  userErrors: readonly {
    readonly field?: readonly string[] | null;
    readonly message: string;
    readonly code?: string | null;
  }[],
): void {
  if (userErrors.length === 0) return;
  throw new ShopifyUserError(
    `${operation}: ${userErrors.map((error) => `${(error.field ?? []).join('.') || 'input'}: ${error.message}`).join('; ')}`,
    userErrors,
  );
}
