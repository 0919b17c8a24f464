/**
 * Metafield types and value validation (https://shopify.dev/docs/apps/build/custom-data/metafields/list-of-data-types).
 * JSON values are capped at 128 KB — Shopify's rule for API 2026-04 and later, enforced here on every
 * version so the app stays inside it (issue 4). Types outside this list are rejected as INVALID_TYPE.
 */
import { gidType } from '../state/gid.js';

/** 128 KB, counted in UTF-8 bytes. */
export const JSON_VALUE_MAX_BYTES = 128 * 1024;

type Check = (value: string) => string | null;

const isGidOf = (type: string) => (value: string) => gidType(value) === type;
const listOf =
  (item: (value: string) => boolean, what: string): Check =>
  (value) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      return `Value must be a JSON array of ${what}.`;
    }
    return Array.isArray(parsed) && parsed.every((v) => typeof v === 'string' && item(v))
      ? null
      : `Value must be a JSON array of ${what}.`;
  };
const matches =
  (pattern: RegExp, message: string): Check =>
  (value) =>
    pattern.test(value) ? null : message;

const CHECKS: Readonly<Record<string, Check>> = {
  json: (value) => {
    if (Buffer.byteLength(value, 'utf8') > JSON_VALUE_MAX_BYTES) return null; // size is reported as TOO_LONG below
    try {
      JSON.parse(value);
      return null;
    } catch (error) {
      return `Value is invalid JSON: ${(error as Error).message}.`;
    }
  },
  single_line_text_field: matches(/^[^\n\r]*$/, 'Value must be a single line of text.'),
  multi_line_text_field: () => null,
  number_integer: matches(/^-?\d+$/, 'Value must be an integer.'),
  number_decimal: matches(/^-?\d+(\.\d+)?$/, 'Value must be a decimal number.'),
  boolean: matches(/^(true|false)$/, "Value must be 'true' or 'false'."),
  date: matches(/^\d{4}-\d{2}-\d{2}$/, 'Value must be a date in ISO 8601 format (YYYY-MM-DD).'),
  date_time: (value) =>
    Number.isNaN(Date.parse(value)) ? 'Value must be a date and time in ISO 8601 format.' : null,
  url: matches(/^https?:\/\/\S+$/, 'Value must be an http or https URL.'),
  color: matches(/^#[0-9a-fA-F]{6}$/, 'Value must be a hex color code (#RRGGBB).'),
  product_reference: matches(/^gid:\/\/shopify\/Product\/\d+$/, 'Value must be a Product GID.'),
  variant_reference: matches(/^gid:\/\/shopify\/ProductVariant\/\d+$/, 'Value must be a ProductVariant GID.'),
  collection_reference: matches(/^gid:\/\/shopify\/Collection\/\d+$/, 'Value must be a Collection GID.'),
  'list.product_reference': listOf(isGidOf('Product'), 'Product GIDs'),
  'list.variant_reference': listOf(isGidOf('ProductVariant'), 'ProductVariant GIDs'),
  'list.single_line_text_field': listOf((v) => !v.includes('\n'), 'strings'),
};

export function isKnownMetafieldType(type: string): boolean {
  return type in CHECKS;
}

export type ValueProblem = { readonly code: 'INVALID_VALUE' | 'TOO_LONG'; readonly message: string };

export function checkMetafieldValue(type: string, value: string): ValueProblem | null {
  if (type === 'json' && Buffer.byteLength(value, 'utf8') > JSON_VALUE_MAX_BYTES) {
    return {
      code: 'TOO_LONG',
      message: `Value is too long: a json metafield value can be at most ${JSON_VALUE_MAX_BYTES} bytes (128 KB).`,
    };
  }
  const problem = CHECKS[type]?.(value);
  return problem ? { code: 'INVALID_VALUE', message: problem } : null;
}
