import { isDeepStrictEqual } from 'node:util';
import { GraphqlRequestError, type AdminClient } from '../shopify/admin/client.js';
import {
  WebPixelCreateDocument,
  WebPixelDocument,
  WebPixelUpdateDocument,
} from '../shopify/admin/generated/graphql.js';

/** The settings the tandem-pixel extension declares (extensions/tandem-pixel/shopify.extension.toml). */
export interface PixelSettings {
  /** Origin of this backend; the pixel posts to `${backendUrl}/api/events`. */
  readonly backendUrl: string;
}

export type PixelOutcome =
  | { readonly kind: 'created' | 'updated' | 'unchanged'; readonly id: string }
  /** Shopify refused (a scope the merchant has not granted yet, settings it rejects): logged, retried next time. */
  | { readonly kind: 'refused'; readonly reason: string };

interface UserError {
  readonly code: string | null;
  readonly field: readonly string[] | null;
  readonly message: string;
}

const describe = (errors: readonly UserError[]) =>
  errors
    .map((error) => `${error.code ?? 'ERROR'} ${error.field?.join('.') ?? ''}: ${error.message}`)
    .join('; ');

// Shopify takes and returns the settings as a JSON string (its examples do); read either form back.
function parseSettings(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/**
 * Connects the shop's web pixel with these settings: creates it on install, updates it when the settings differ
 * from what Shopify holds (a new backend URL), and leaves it alone otherwise. Without a connected pixel Shopify
 * never loads it and no funnel event arrives. Idempotent: safe on every recompute.
 */
export async function connectPixel(client: AdminClient, settings: PixelSettings): Promise<PixelOutcome> {
  try {
    return await createOrUpdate(client, settings);
  } catch (error) {
    // ACCESS_DENIED until the merchant approves write_pixels/read_customer_events: not a bug, not worth retrying now.
    if (error instanceof GraphqlRequestError) return { kind: 'refused', reason: error.message };
    throw error;
  }
}

async function createOrUpdate(client: AdminClient, settings: PixelSettings): Promise<PixelOutcome> {
  const webPixel = { settings: JSON.stringify(settings) };
  const { data: created } = await client.request(WebPixelCreateDocument, { webPixel });
  const createErrors = created.webPixelCreate?.userErrors ?? [];
  const pixel = created.webPixelCreate?.webPixel;
  if (pixel && createErrors.length === 0) return { kind: 'created', id: pixel.id };
  // One pixel per app and shop: TAKEN means it exists, so it is read and brought up to date.
  if (!createErrors.some((error) => error.code === 'TAKEN'))
    return { kind: 'refused', reason: describe(createErrors) || 'webPixelCreate returned no pixel' };
  const { data: current } = await client.request(WebPixelDocument, {});
  const existing = current.webPixel;
  if (!existing) return { kind: 'refused', reason: 'webPixelCreate said TAKEN but no web pixel was found' };
  if (isDeepStrictEqual(parseSettings(existing.settings), { ...settings }))
    return { kind: 'unchanged', id: existing.id };
  const { data: updated } = await client.request(WebPixelUpdateDocument, { id: existing.id, webPixel });
  const updateErrors = updated.webPixelUpdate?.userErrors ?? [];
  if (updateErrors.length > 0 || !updated.webPixelUpdate?.webPixel)
    return { kind: 'refused', reason: describe(updateErrors) || 'webPixelUpdate returned no pixel' };
  return { kind: 'updated', id: updated.webPixelUpdate.webPixel.id };
}
