import { z } from 'zod';
import { combinesWithSchema, type DiscountStatus, type DiscountValues } from '../api-contract/index.js';
import { ShopifyUserError } from '../errors.js';
import { TANDEM_NAMESPACE } from './metafields.js';
import { assertNoUserErrors, type AdminClient } from '../shopify/admin/client.js';
import { MetafieldsSetDocument, ShopAppMetafieldDocument } from '../shopify/admin/generated/graphql.js';

/**
 * Tandem's bundle discounts live in Shopify (the discounts themselves) and are listed in the app-owned shop
 * metafield `$app:tandem`/`discounts`: which discount gives which pair which percentage. Keeping the list beside
 * the discounts means it travels with the shop, checkout can read it, and uninstalling removes both.
 */
export const DISCOUNTS_KEY = 'discounts';

const entrySchema = z.object({
  discountGid: z.string(),
  title: z.string(),
  buyProductId: z.string(),
  getProductId: z.string(),
  buyQuantity: z.number(),
  getQuantity: z.number(),
  percentOff: z.number(),
  combinesWith: combinesWithSchema,
  startsAt: z.string(),
  endsAt: z.string().nullable(),
  createdAt: z.string(),
});
const registrySchema = z.object({ v: z.literal(1), discounts: z.array(entrySchema) });

export type RegistryEntry = DiscountValues & { readonly discountGid: string; readonly createdAt: string };

export interface Registry {
  readonly shopId: string;
  readonly entries: readonly RegistryEntry[];
  /** The metafield's digest when read, so a write never overwrites a concurrent change. */
  readonly digest: string | null;
}

export async function readRegistry(client: AdminClient): Promise<Registry> {
  const { data } = await client.request(ShopAppMetafieldDocument, {
    namespace: TANDEM_NAMESPACE,
    key: DISCOUNTS_KEY,
  });
  const metafield = data.shop.metafield;
  if (!metafield) return { shopId: data.shop.id, entries: [], digest: null };
  const parsed = registrySchema.safeParse(JSON.parse(metafield.value));
  // A value we cannot read is not silently replaced: writing over it could drop discounts the merchant has.
  if (!parsed.success)
    throw new Error(`The discounts metafield holds an unreadable value: ${parsed.error.message}`);
  return { shopId: data.shop.id, entries: parsed.data.discounts, digest: metafield.compareDigest };
}

/** Writes the registry; a concurrent change (stale digest) is a ShopifyUserError the caller may retry once. */
export async function writeRegistry(
  client: AdminClient,
  registry: Registry,
  entries: readonly RegistryEntry[],
): Promise<void> {
  const { data } = await client.request(MetafieldsSetDocument, {
    metafields: [
      {
        ownerId: registry.shopId,
        namespace: TANDEM_NAMESPACE,
        key: DISCOUNTS_KEY,
        type: 'json',
        value: JSON.stringify({ v: 1, discounts: entries }),
        compareDigest: registry.digest,
      },
    ],
  });
  assertNoUserErrors('metafieldsSet', data.metafieldsSet?.userErrors ?? []);
}

/** Applies `change` to the latest registry and writes it, re-reading once if another change landed meanwhile. */
export async function updateRegistry(
  client: AdminClient,
  change: (entries: readonly RegistryEntry[]) => readonly RegistryEntry[],
): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    const registry = await readRegistry(client);
    try {
      await writeRegistry(client, registry, change(registry.entries));
      return;
    } catch (error) {
      const stale =
        error instanceof ShopifyUserError &&
        error.userErrors.some((userError) => userError.code === 'STALE_OBJECT');
      if (!stale || attempt >= 2) throw error;
    }
  }
}

export function discountStatus(entry: Pick<RegistryEntry, 'startsAt' | 'endsAt'>, now: Date): DiscountStatus {
  if (Date.parse(entry.startsAt) > now.getTime()) return 'scheduled';
  if (entry.endsAt !== null && Date.parse(entry.endsAt) <= now.getTime()) return 'expired';
  return 'active';
}

/**
 * For publishing offers: the percentage off the "get" product when offered with the "buy" product, for
 * discounts active at `now` (key `${buyProductId}>${getProductId}`).
 */
export function activeDiscountPairs(entries: readonly RegistryEntry[], now: Date): Map<string, number> {
  const pairs = new Map<string, number>();
  for (const entry of entries)
    if (discountStatus(entry, now) === 'active')
      pairs.set(`${entry.buyProductId}>${entry.getProductId}`, entry.percentOff);
  return pairs;
}
