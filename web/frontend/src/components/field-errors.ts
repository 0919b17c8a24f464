import { ApiError } from '../api/client.js';

export type FieldErrors = Readonly<Record<string, string>>;

/** First message per field path ("copy.nl.heading"), from the shared zod schema. */
export function zodFieldErrors(error: {
  readonly issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[];
}): FieldErrors {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || 'form';
    errors[path] ??= issue.message;
  }
  return errors;
}

/** The server's per-field issues (400 from our validation, 422 from Shopify's userErrors). */
export function apiFieldErrors(error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[issue.path] ??= issue.message;
  return errors;
}
