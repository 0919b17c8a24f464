import type { JsonValue } from '../domain/json.js';

// Shopify's REST-shaped webhook bodies carry ids as JSON numbers, and many exceed 2^53 (788032119674292922 in its
// own examples). JSON.parse rounds those, so a products/delete would name another product. Node 20's JSON.parse
// has no access to the source text, so integer literals beyond the safe range are quoted before parsing: they
// reach the mappers as digit strings, exact. Safe integers stay numbers.

const LONG_DIGITS = /\d{16}/;
const UNSAFE_CANDIDATE = /^-?\d{16,}$/;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

const isNumberChar = (code: number) =>
  (code >= 0x30 && code <= 0x39) ||
  code === 0x2d ||
  code === 0x2b ||
  code === 0x2e ||
  code === 0x65 ||
  code === 0x45;

/** JSON.parse, except integers outside ±(2^53−1) come back as strings of their exact digits. */
export function parseJsonLossless(text: string): JsonValue {
  return JSON.parse(LONG_DIGITS.test(text) ? quoteUnsafeIntegers(text) : text) as JsonValue;
}

function quoteUnsafeIntegers(text: string): string {
  const parts: string[] = [];
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      // Skip the string, escapes included, so digits inside strings are left alone.
      i += 1;
      while (i < text.length && text.charCodeAt(i) !== QUOTE) i += text.charCodeAt(i) === BACKSLASH ? 2 : 1;
      i += 1;
      continue;
    }
    if (code === 0x2d || (code >= 0x30 && code <= 0x39)) {
      let end = i + 1;
      while (end < text.length && isNumberChar(text.charCodeAt(end))) end += 1;
      const token = text.slice(i, end);
      if (UNSAFE_CANDIDATE.test(token) && !Number.isSafeInteger(Number(token))) {
        parts.push(text.slice(copied, i), `"${token}"`);
        copied = end;
      }
      i = end;
      continue;
    }
    i += 1;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}
