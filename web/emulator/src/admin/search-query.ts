/**
 * The subset of Shopify's search syntax (https://shopify.dev/docs/api/usage/search-syntax) the app uses:
 * `field:value`, comparators `:>`, `:>=`, `:<`, `:<=`, quoted values ('…' or "…"), implicit and explicit AND,
 * top-level OR, negation with `-field:` or `NOT`, comma lists (`status:active,draft`), trailing `*` prefix
 * matches and bare words (matched against the resource's default text). Parentheses are ignored, so grouped
 * boolean logic beyond "ORs of ANDs" is not emulated. Unknown fields are ignored with a warning in
 * `extensions.search`, as Shopify reports them.
 */

export const COMPARATORS = ['>=', '<=', '>', '<', '='] as const;
export type Comparator = (typeof COMPARATORS)[number] | ':';

export interface SearchTerm {
  readonly field: string | null;
  readonly comparator: Comparator;
  readonly value: string;
  readonly negated: boolean;
}

/** OR of AND-groups. */
export type SearchQuery = readonly (readonly SearchTerm[])[];

function tokenize(query: string): string[] {
  const tokens: string[] = [];
  let current = '';
  let quote: string | null = null;
  for (const char of query) {
    if (quote) {
      if (char === quote) quote = null;
      else current += char;
    } else if (char === "'" || char === '"') {
      quote = char;
    } else if (/\s/.test(char) || char === '(' || char === ')') {
      if (current) tokens.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  if (current) tokens.push(current);
  return tokens;
}

function toTerm(token: string, negated: boolean): SearchTerm {
  const negative = token.startsWith('-') && token.length > 1;
  const body = negative ? token.slice(1) : token;
  const colon = body.indexOf(':');
  if (colon <= 0) return { field: null, comparator: ':', value: body, negated: negated || negative };
  const field = body.slice(0, colon).toLowerCase();
  const rest = body.slice(colon + 1);
  const comparator = COMPARATORS.find((candidate) => rest.startsWith(candidate)) ?? ':';
  const value = comparator === ':' ? rest : rest.slice(comparator.length);
  return { field, comparator, value, negated: negated || negative };
}

export function parseSearchQuery(query: string): SearchQuery {
  let current: SearchTerm[] = [];
  const groups: SearchTerm[][] = [current];
  let negateNext = false;
  for (const token of tokenize(query)) {
    if (token === 'OR') {
      current = [];
      groups.push(current);
    } else if (token === 'NOT') {
      negateNext = true;
    } else if (token !== 'AND') {
      current.push(toTerm(token, negateNext));
      negateNext = false;
    }
  }
  return groups.filter((group) => group.length > 0);
}
