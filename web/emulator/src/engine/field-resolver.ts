/**
 * Resolvers are registered per GraphQL type and field (`{ Product: { variants: … } }`). A field without a
 * registered resolver reads the same-named property of the source object (the emulated objects mirror
 * Shopify's field names). A field that is in the schema but neither registered nor present on the object
 * fails loudly with NOT_EMULATED instead of returning a silent null — a client must not mistake an
 * emulator gap for real data.
 */
import type { GraphQLFieldResolver, GraphQLResolveInfo } from 'graphql';
import { shopifyError } from './graphql-errors.js';

export type Resolver<C> = (
  source: unknown,
  args: Record<string, unknown>,
  ctx: C,
  info: GraphQLResolveInfo,
) => unknown;
export type ResolverMap<C> = Readonly<Record<string, Readonly<Record<string, Resolver<C>>>>>;

/** Several resolver maps as one (later maps win per type and field). */
export function mergeResolvers<C>(...maps: readonly ResolverMap<C>[]): ResolverMap<C> {
  const merged: Record<string, Record<string, Resolver<C>>> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) merged[type] = { ...merged[type], ...fields };
  }
  return merged;
}

export function makeFieldResolver<C>(resolvers: ResolverMap<C>): GraphQLFieldResolver<unknown, C> {
  return (source, args, ctx, info) => {
    const resolver = resolvers[info.parentType.name]?.[info.fieldName];
    if (resolver) return resolver(source, args, ctx, info);
    if (source !== null && typeof source === 'object' && info.fieldName in source) {
      return (source as Record<string, unknown>)[info.fieldName];
    }
    throw shopifyError(
      `Field '${info.fieldName}' on type '${info.parentType.name}' is not emulated by the local Shopify emulator.`,
      'NOT_EMULATED',
    );
  };
}
