import { createHash } from 'node:crypto';
import type { JsonValue } from '../../domain/json.js';

/** JSON with object keys sorted, so equal content always serialises (and hashes) the same. */
export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item: JsonValue) => canonicalJson(item)).join(',')}]`;
  const record = value as { readonly [key: string]: JsonValue };
  const entries = Object.keys(record)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key] as JsonValue)}`);
  return `{${entries.join(',')}}`;
}

export function contentHash(value: JsonValue): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

/** An offer list's hash; a list without votes hashes as its offers alone, as lists did before votes. */
export function listHash(list: {
  readonly offers: readonly JsonValue[];
  readonly votes?: JsonValue | undefined;
}): string {
  return contentHash(list.votes === undefined ? list.offers : { offers: list.offers, votes: list.votes });
}
