/** Mutations metafieldsSet, metafieldsDelete and metafieldDefinitionCreate, and the MetafieldDefinition type. */
import type { MetafieldDefinitionRecord } from '../state/records.js';
import type { ResolverMap } from '../engine/field-resolver.js';
import { resolveNamespace } from './app-namespace.js';
import type { AdminContext } from './context.js';
import { isKnownMetafieldType } from './metafield-values.js';
import type { MetafieldsSetInput } from './metafield-input.js';
import { metafieldsSet } from './metafields-set.js';
import { metafieldsDelete, type MetafieldIdentifierInput } from './metafields-delete.js';

interface DefinitionInput {
  readonly name: string;
  readonly namespace?: string | null;
  readonly key: string;
  readonly type: string;
  readonly ownerType: string;
  readonly description?: string | null;
  readonly access?: { readonly storefront?: string | null } | null;
}

const NAME = /^[A-Za-z0-9_-]+$/;

function createDefinition(
  input: DefinitionInput,
  ctx: AdminContext,
): { createdDefinition: MetafieldDefinitionRecord | null; userErrors: object[] } {
  const namespace = resolveNamespace(input.namespace, ctx.runtime.appId);
  const errors: object[] = [];
  const fail = (field: string, code: string, message: string): void => {
    errors.push({ field: ['definition', field], message, code });
  };
  if (input.name.trim() === '') fail('name', 'BLANK', "Name can't be blank");
  if (!NAME.test(namespace) || namespace.length < 3) fail('namespace', 'INVALID', 'Namespace is invalid.');
  if (!NAME.test(input.key) || input.key.length < 2 || input.key.length > 64)
    fail('key', 'INVALID', 'Key is invalid.');
  if (!isKnownMetafieldType(input.type))
    fail('type', 'INCLUSION', `Type name '${input.type}' is not included in the list of supported types.`);
  const taken = ctx.shop.metafieldDefinitions.some(
    (d) => d.ownerType === input.ownerType && d.namespace === namespace && d.key === input.key,
  );
  if (taken)
    fail('key', 'TAKEN', `Key is in use for ${input.ownerType} metafields on the '${namespace}' namespace.`);
  if (errors.length > 0) return { createdDefinition: null, userErrors: errors };
  const definition: MetafieldDefinitionRecord = {
    id: ctx.shop.newId('MetafieldDefinition'),
    ownerType: input.ownerType,
    namespace,
    key: input.key,
    name: input.name,
    type: input.type,
    description: input.description ?? null,
    storefrontAccess: input.access?.storefront ?? null,
  };
  ctx.shop.metafieldDefinitions.push(definition);
  return { createdDefinition: definition, userErrors: [] };
}

const definition = (source: unknown): MetafieldDefinitionRecord => source as MetafieldDefinitionRecord;

export const metafieldMutationResolvers: ResolverMap<AdminContext> = {
  Mutation: {
    metafieldsSet: (_s, args, ctx) => metafieldsSet(args['metafields'] as MetafieldsSetInput[], ctx),
    metafieldsDelete: (_s, args, ctx) =>
      metafieldsDelete(args['metafields'] as MetafieldIdentifierInput[], ctx),
    metafieldDefinitionCreate: (_s, args, ctx) =>
      createDefinition(args['definition'] as DefinitionInput, ctx),
  },
  MetafieldDefinition: {
    type: (s) => ({
      name: definition(s).type,
      category: definition(s).type.startsWith('list.') ? 'LIST' : 'BASIC',
    }),
    access: (s) => ({
      admin: 'MERCHANT_READ_WRITE',
      storefront: definition(s).storefrontAccess ?? 'NONE',
      customerAccount: 'NONE',
    }),
    metafieldsCount: (s, _a, ctx) =>
      [...ctx.shop.metafields.values()].reduce(
        (count, owned) =>
          count +
          [...owned.values()].filter(
            (m) =>
              m.ownerType === definition(s).ownerType &&
              m.namespace === definition(s).namespace &&
              m.key === definition(s).key,
          ).length,
        0,
      ),
    validations: () => [],
    pinnedPosition: () => null,
    useAsCollectionCondition: () => false,
  },
};
