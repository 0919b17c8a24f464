export type JsonObjectRead =
  | { readonly kind: 'ok'; readonly data: Readonly<Record<string, unknown>> }
  | { readonly kind: 'invalid'; readonly reason: string };

/** A metafield value as an object: checkout hands JSON metafields over as strings, tests and the backend as objects. */
export function readJsonObject(value: unknown): JsonObjectRead {
  let data = value;
  if (typeof value === 'string') {
    try {
      data = JSON.parse(value) as unknown;
    } catch {
      return { kind: 'invalid', reason: 'not JSON' };
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { kind: 'invalid', reason: 'not an object' };
  return { kind: 'ok', data: data as Record<string, unknown> };
}
