import * as z from 'zod/mini';

/*
 * The contract uses zod's mini build: the same schemas run in the browser, where the classic build would add
 * ~150 KB to the admin's bundle. Mini has no built-in English messages, so every check names its own.
 */

/** Shopify global ids of the kinds the admin API accepts. */
export const productGidSchema = z
  .string('must be a product id')
  .check(z.regex(/^gid:\/\/shopify\/Product\/\d+$/, 'must be a product id like gid://shopify/Product/123'));
export const variantGidSchema = z
  .string('must be a variant id')
  .check(
    z.regex(
      /^gid:\/\/shopify\/ProductVariant\/\d+$/,
      'must be a variant id like gid://shopify/ProductVariant/123',
    ),
  );

/** An opaque cursor from the previous page. */
export const cursorSchema = z.optional(
  z.string('must be a cursor').check(z.minLength(1, 'must not be empty'), z.maxLength(500, 'is too long')),
);

/** A page size from the query string (text) or JSON (number). */
export function limitSchema(max: number, fallback: number) {
  return z._default(
    z.coerce
      .number(`must be a whole number from 1 to ${max}`)
      .check(
        z.int(`must be a whole number from 1 to ${max}`),
        z.gte(1, `must be at least 1`),
        z.lte(max, `must be at most ${max}`),
      ),
    fallback,
  );
}

/** Query of every paginated list: an opaque cursor from the previous page and a page size. */
export const pageQuerySchema = z.strictObject(
  { after: cursorSchema, limit: limitSchema(100, 25) },
  'unknown query parameter',
);
export type PageQuery = z.infer<typeof pageQuerySchema>;

/** One page of a list; pass `nextCursor` back as `after` until it is null. */
export interface ApiPage<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

/** The JSON body of every error answer (web/src/http/error-middleware.ts writes it). */
export interface ApiErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly issues?: readonly { readonly path: string; readonly message: string }[];
  };
  readonly requestId?: string;
}

export function productGid(numericId: string): string {
  return `gid://shopify/Product/${numericId}`;
}

/** The trailing number of a GID (`gid://shopify/Product/123` → `123`). */
export function numericIdOf(gid: string): string {
  return gid.slice(gid.lastIndexOf('/') + 1);
}

/** Issues of a failed parse, as `{ path, message }` with dotted paths ("copy.nl.heading"). */
export function issuesOf(error: {
  readonly issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[];
}): { path: string; message: string }[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
  }));
}
