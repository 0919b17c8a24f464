/**
 * A fake `fetch` that answers from a queue of canned responses in order and fails the test on any request it
 * did not expect or any response left unused (STYLE 3). It replaces Shopify at the network boundary only.
 */
export interface QueuedResponse {
  /** Expected GraphQL operation name of the request this answers. */
  readonly operationName?: string;
  /** Expected variables (compared as a subset). */
  readonly variables?: Record<string, unknown>;
  readonly status?: number;
  readonly body?: unknown;
  /** Simulate a network failure instead of answering. */
  readonly networkError?: string;
}

export interface RecordedRequest {
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly operationName: string | undefined;
  readonly variables: Record<string, unknown>;
}

export interface QueuedFetch {
  readonly fetch: typeof fetch;
  readonly requests: RecordedRequest[];
  /** Throws when responses were left unused. Call in every test's end (or afterEach). */
  assertAllUsed(): void;
}

function operationNameOf(query: string): string | undefined {
  return /\b(?:query|mutation)\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(query)?.[1];
}

function isSubset(expected: Record<string, unknown>, actual: Record<string, unknown>): boolean {
  return Object.entries(expected).every(
    ([key, value]) => JSON.stringify(actual[key]) === JSON.stringify(value),
  );
}

export function createQueuedFetch(responses: readonly QueuedResponse[]): QueuedFetch {
  const queue = [...responses];
  const requests: RecordedRequest[] = [];
  const fake = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const body = JSON.parse(String(init?.body ?? '{}')) as {
      query?: string;
      variables?: Record<string, unknown>;
    };
    const operationName = body.query ? operationNameOf(body.query) : undefined;
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, key) => (headers[key] = value));
    const variables = body.variables ?? {};
    requests.push({ url, headers, operationName, variables });
    const next = queue.shift();
    if (!next)
      throw new Error(
        `Unexpected request #${requests.length} (${operationName ?? url}): no queued response left`,
      );
    if (next.operationName && next.operationName !== operationName) {
      throw new Error(
        `Request #${requests.length}: expected operation ${next.operationName}, got ${operationName}`,
      );
    }
    if (next.variables && !isSubset(next.variables, variables)) {
      throw new Error(
        `Request #${requests.length} (${operationName}): variables ${JSON.stringify(variables)} do not match ${JSON.stringify(next.variables)}`,
      );
    }
    if (next.networkError) throw new TypeError(next.networkError);
    const text = typeof next.body === 'string' ? next.body : JSON.stringify(next.body ?? {});
    return new Response(text, {
      status: next.status ?? 200,
      headers: { 'Content-Type': 'application/json' },
    });
  };
  return {
    fetch: fake as typeof fetch,
    requests,
    assertAllUsed() {
      if (queue.length > 0)
        throw new Error(
          `${queue.length} queued response(s) were never requested (first: ${queue[0]?.operationName ?? 'unnamed'})`,
        );
    },
  };
}
