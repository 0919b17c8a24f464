import express, { type RequestHandler } from 'express';
import type { GraphqlBody } from '../engine/index.js';

/** Default API body limit. Shopify does not publish one; 4 MiB fits 25 metafields of 128 KB with room. */
export const DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;

/** Reads any body as a Buffer (so we can report bad JSON ourselves); over `limit` bytes → 413 via the error handler. */
export function rawBody(limit: number): RequestHandler {
  return express.raw({ type: () => true, limit });
}

export type Parsed<T> = { kind: 'ok'; value: T } | { kind: 'invalid'; message: string };

/** Parses a JSON object body; an empty body counts as `{}`. */
export function parseJsonObject(raw: unknown): Parsed<Record<string, unknown>> {
  const text = Buffer.isBuffer(raw) ? raw.toString('utf8') : '';
  if (text.trim() === '') return { kind: 'ok', value: {} };
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { kind: 'invalid', message: 'request body must be a JSON object' };
    }
    return { kind: 'ok', value: value as Record<string, unknown> };
  } catch (error) {
    return {
      kind: 'invalid',
      message: `request body is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    };
  }
}

/** Parses a form-encoded or JSON body (OAuth clients send either). */
export function parseFormOrJson(
  raw: unknown,
  contentType: string | undefined,
): Parsed<Record<string, unknown>> {
  if (contentType?.includes('application/x-www-form-urlencoded')) {
    const text = Buffer.isBuffer(raw) ? raw.toString('utf8') : '';
    return { kind: 'ok', value: Object.fromEntries(new URLSearchParams(text)) };
  }
  return parseJsonObject(raw);
}

/**
 * A GraphQL request body: JSON `{query, variables?, operationName?}` or, with Content-Type
 * application/graphql, the bare query (both accepted by Shopify's GraphQL endpoints).
 */
export function parseGraphqlBody(raw: unknown, contentType: string | undefined): Parsed<GraphqlBody> {
  if (contentType?.includes('application/graphql')) {
    const query = Buffer.isBuffer(raw) ? raw.toString('utf8') : '';
    return query.trim() === '' ? { kind: 'invalid', message: 'query' } : { kind: 'ok', value: { query } };
  }
  const parsed = parseJsonObject(raw);
  if (parsed.kind === 'invalid') return parsed;
  const { query, operationName } = parsed.value;
  let variables = parsed.value['variables'];
  if (typeof query !== 'string' || query.trim() === '') return { kind: 'invalid', message: 'query' };
  if (typeof variables === 'string') {
    // Some clients send variables as a JSON string.
    const inner = parseJsonObject(Buffer.from(variables));
    if (inner.kind === 'invalid') return { kind: 'invalid', message: 'variables' };
    variables = inner.value;
  }
  if (
    variables !== undefined &&
    variables !== null &&
    (typeof variables !== 'object' || Array.isArray(variables))
  ) {
    return { kind: 'invalid', message: 'variables' };
  }
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') {
    return { kind: 'invalid', message: 'operationName' };
  }
  return {
    kind: 'ok',
    value: {
      query,
      variables: (variables ?? null) as Record<string, unknown> | null,
      operationName: (operationName ?? null) as string | null,
    },
  };
}
