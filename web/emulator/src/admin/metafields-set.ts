/**
 * `metafieldsSet` (https://shopify.dev/docs/api/admin-graphql/2026-10/mutations/metafieldsSet): at most 25
 * metafields per call, all-or-nothing (one invalid input and nothing is written), `compareDigest` for
 * optimistic locking, userErrors with `MetafieldsSetUserErrorCode` values and `elementIndex`.
 */
import { metafieldKey } from '../state/shop-state.js';
import { gidType } from '../state/gid.js';
import { METAFIELD_OWNER_TYPES, type MetafieldOwnerType, type MetafieldRecord } from '../state/records.js';
import type { AdminContext } from './context.js';
import { metafieldDigest, resolveNamespace } from './app-namespace.js';
import { lookupNode } from './lookup.js';
import {
  validateMetafieldInput,
  type MetafieldsSetInput,
  type MetafieldsSetUserError,
} from './metafield-input.js';

export const METAFIELDS_SET_LIMIT = 25;

interface Planned {
  readonly ownerId: string;
  readonly ownerType: MetafieldOwnerType;
  readonly namespace: string;
  readonly key: string;
  readonly type: string;
  readonly value: string;
}

export function metafieldsSet(
  inputs: readonly MetafieldsSetInput[],
  ctx: AdminContext,
): { metafields: MetafieldRecord[]; userErrors: MetafieldsSetUserError[] } {
  if (inputs.length > METAFIELDS_SET_LIMIT) {
    return {
      metafields: [],
      userErrors: [
        {
          field: ['metafields'],
          message: `Exceeded the maximum metafields input limit of ${METAFIELDS_SET_LIMIT}.`,
          code: 'LESS_THAN_OR_EQUAL_TO',
          elementIndex: null,
        },
      ],
    };
  }
  const planned: Planned[] = [];
  const userErrors: MetafieldsSetUserError[] = [];
  inputs.forEach((input, index) => {
    const ownerTypeName = gidType(input.ownerId) as keyof typeof METAFIELD_OWNER_TYPES | undefined;
    const ownerType = ownerTypeName ? METAFIELD_OWNER_TYPES[ownerTypeName] : undefined;
    const namespace = resolveNamespace(input.namespace, ctx.runtime.appId);
    const existing = ctx.shop.metafieldsOf(input.ownerId).get(metafieldKey(namespace, input.key));
    const problems = validateMetafieldInput(input, index, {
      ctx,
      ownerExists: ownerType !== undefined && lookupNode(ctx.shop, input.ownerId) !== undefined,
      ownerType,
      namespace,
      existing,
    });
    userErrors.push(...problems);
    if (problems.length === 0 && ownerType) {
      const type = input.type ?? existing?.type ?? definitionType(ctx, ownerType, namespace, input.key) ?? '';
      planned.push({
        ownerId: input.ownerId,
        ownerType,
        namespace,
        key: input.key,
        type,
        value: input.value,
      });
    }
  });
  if (userErrors.length > 0) return { metafields: [], userErrors };
  return { metafields: planned.map((plan) => write(plan, ctx)), userErrors: [] };
}

function definitionType(
  ctx: AdminContext,
  ownerType: string,
  namespace: string,
  key: string,
): string | undefined {
  return ctx.shop.metafieldDefinitions.find(
    (d) => d.ownerType === ownerType && d.namespace === namespace && d.key === key,
  )?.type;
}

function write(plan: Planned, ctx: AdminContext): MetafieldRecord {
  const owned = ctx.shop.metafieldsOf(plan.ownerId);
  const key = metafieldKey(plan.namespace, plan.key);
  const existing = owned.get(key);
  const now = ctx.nowIso();
  if (existing) {
    if (metafieldDigest(existing.type, existing.value) !== metafieldDigest(plan.type, plan.value)) {
      existing.type = plan.type;
      existing.value = plan.value;
      existing.updatedAt = now;
    }
    return existing;
  }
  const created: MetafieldRecord = {
    id: ctx.shop.newId('Metafield'),
    ...plan,
    createdAt: now,
    updatedAt: now,
  };
  owned.set(key, created);
  return created;
}
