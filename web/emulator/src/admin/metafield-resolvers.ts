/** `metafield`/`metafields` on every owner type, and the Metafield type. */
import { metafieldKey } from '../state/shop-state.js';
import { numericId } from '../state/gid.js';
import type { MetafieldRecord } from '../state/records.js';
import type { Resolver, ResolverMap } from '../engine/field-resolver.js';
import { metafieldDigest, resolveNamespace } from './app-namespace.js';
import { paginate, type ConnectionArgs } from './connection.js';
import type { AdminContext } from './context.js';
import { lookupNode } from './lookup.js';

const ownerId = (source: unknown): string => (source as { id: string }).id;
const record = (source: unknown): MetafieldRecord => source as MetafieldRecord;

const metafield: Resolver<AdminContext> = (source, args, ctx) =>
  ctx.shop
    .metafieldsOf(ownerId(source))
    .get(metafieldKey(resolveNamespace(args['namespace'], ctx.runtime.appId), String(args['key']))) ?? null;

const metafields: Resolver<AdminContext> = (source, args, ctx) => {
  const namespace =
    args['namespace'] == null ? undefined : resolveNamespace(args['namespace'], ctx.runtime.appId);
  const keys = Array.isArray(args['keys'])
    ? new Set(
        (args['keys'] as string[]).map((k) => {
          const dot = k.lastIndexOf('.');
          return `${resolveNamespace(k.slice(0, dot), ctx.runtime.appId)}.${k.slice(dot + 1)}`;
        }),
      )
    : undefined;
  const all = [...ctx.shop.metafieldsOf(ownerId(source)).values()].filter(
    (m) =>
      (namespace === undefined || m.namespace === namespace) &&
      (!keys || keys.has(`${m.namespace}.${m.key}`)),
  );
  return paginate(all, args as ConnectionArgs, (m) => numericId(m.id), ctx);
};

const OWNER_TYPES = [
  'Product',
  'ProductVariant',
  'Shop',
  'AppInstallation',
  'Order',
  'Customer',
  'Collection',
];

/** Parse a stored value the way `jsonValue` presents it. */
function jsonValueOf(m: MetafieldRecord): unknown {
  if (m.type === 'json' || m.type.startsWith('list.')) return JSON.parse(m.value) as unknown;
  if (m.type === 'number_integer' || m.type === 'number_decimal') return Number(m.value);
  if (m.type === 'boolean') return m.value === 'true';
  return m.value;
}

export const metafieldResolvers: ResolverMap<AdminContext> = {
  ...Object.fromEntries(OWNER_TYPES.map((type) => [type, { metafield, metafields }])),
  Metafield: {
    legacyResourceId: (s) => String(numericId(record(s).id)),
    compareDigest: (s) => metafieldDigest(record(s).type, record(s).value),
    jsonValue: (s) => jsonValueOf(record(s)),
    description: () => null,
    owner: (s, _a, ctx) => lookupNode(ctx.shop, record(s).ownerId) ?? null,
    definition: (s, _a, ctx) =>
      ctx.shop.metafieldDefinitions.find(
        (d) =>
          d.ownerType === record(s).ownerType &&
          d.namespace === record(s).namespace &&
          d.key === record(s).key,
      ) ?? null,
  },
};
