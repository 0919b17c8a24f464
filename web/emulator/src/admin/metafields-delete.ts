/**
 * `metafieldsDelete` (https://shopify.dev/docs/api/admin-graphql/2026-10/mutations/metafieldsDelete): deletes
 * metafields by owner, namespace and key. A metafield that does not exist is no error: its entry in
 * `deletedMetafields` is null. Deleting needs the same access as writing the owner's metafields.
 */
import { metafieldKey } from '../state/shop-state.js';
import { gidType } from '../state/gid.js';
import { METAFIELD_OWNER_TYPES } from '../state/records.js';
import { resolveNamespace } from './app-namespace.js';
import type { AdminContext } from './context.js';
import { OWNER_WRITE_SCOPE } from './metafield-input.js';

export interface MetafieldIdentifierInput {
  readonly ownerId: string;
  readonly namespace: string;
  readonly key: string;
}

export function metafieldsDelete(
  inputs: readonly MetafieldIdentifierInput[],
  ctx: AdminContext,
): {
  deletedMetafields: (MetafieldIdentifierInput | null)[] | null;
  userErrors: { field: string[]; message: string }[];
} {
  if (inputs.length === 0)
    return {
      deletedMetafields: null,
      userErrors: [
        { field: ['metafields'], message: 'At least one metafield identifier must be specified.' },
      ],
    };
  const userErrors = inputs.flatMap((input, index) => {
    const typeName = gidType(input.ownerId) as keyof typeof METAFIELD_OWNER_TYPES | undefined;
    const ownerType = typeName ? METAFIELD_OWNER_TYPES[typeName] : undefined;
    const scope = ownerType ? OWNER_WRITE_SCOPE[ownerType] : undefined;
    const namespace = resolveNamespace(input.namespace, ctx.runtime.appId);
    const foreignApp = namespace.startsWith('app--') && !namespace.startsWith(`app--${ctx.runtime.appId}`);
    if (ownerType === undefined)
      return [{ field: ['metafields', String(index), 'ownerId'], message: 'Owner type is not supported.' }];
    if ((scope && !ctx.hasScope(scope)) || foreignApp)
      return [
        {
          field: ['metafields', String(index), 'namespace'],
          message: 'Access to this namespace and key on Metafields for this resource type is not allowed.',
        },
      ];
    return [];
  });
  if (userErrors.length > 0) return { deletedMetafields: null, userErrors };
  const deletedMetafields = inputs.map((input) => {
    const namespace = resolveNamespace(input.namespace, ctx.runtime.appId);
    const deleted = ctx.shop.metafieldsOf(input.ownerId).delete(metafieldKey(namespace, input.key));
    return deleted ? { ownerId: input.ownerId, namespace, key: input.key } : null;
  });
  return { deletedMetafields, userErrors: [] };
}
