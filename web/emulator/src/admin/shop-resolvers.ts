/** QueryRoot shop / currentAppInstallation / node / nodes and the Shop, AppInstallation and App types. */
import { gid, numericId } from '../state/gid.js';
import type { ShopIdentity } from '../state/types.js';
import type { ResolverMap } from '../engine/field-resolver.js';
import { shopifyError } from '../engine/graphql-errors.js';
import { FX_CURRENCIES } from '../storefront/fx.js';
import { accessDenied } from './access-scopes.js';
import { activeSubscriptions } from './billing-resolvers.js';
import type { AdminContext } from './context.js';
import { lookupNode } from './lookup.js';

const identity = (source: unknown): ShopIdentity => source as ShopIdentity;

const NODE_SCOPES: Readonly<Record<string, string>> = {
  Product: 'read_products',
  ProductVariant: 'read_products',
  Order: 'read_orders',
  DiscountAutomaticNode: 'read_discounts',
};

/** node/nodes honour the same scopes as the typed root fields. */
function readableNode(id: string, field: string, ctx: AdminContext): object | null {
  const found = lookupNode(ctx.shop, id);
  const scope = found ? NODE_SCOPES[found.__typename] : undefined;
  if (scope && !ctx.hasScope(scope)) throw accessDenied(field, scope);
  return found ?? null;
}

function installation(ctx: AdminContext): object {
  const appId = Number(ctx.runtime.appId);
  return {
    id: gid('AppInstallation', appId),
    app: {
      id: gid('App', appId),
      title: 'Tandem',
      handle: 'tandem',
      apiKey: `emulated-${ctx.runtime.appId}`,
    },
    accessScopes: [...ctx.scopes].sort().map((handle) => ({ handle, description: handle.replace('_', ' ') })),
    launchUrl: `https://${ctx.shop.shop.domain}/admin/apps/tandem`,
    uninstallUrl: null,
    activeSubscriptions: activeSubscriptions(ctx),
  };
}

export const shopResolvers: ResolverMap<AdminContext> = {
  QueryRoot: {
    shop: (_s, _a, ctx) => ctx.shop.shop,
    currentAppInstallation: (_s, _a, ctx) => installation(ctx),
    node: (_s, args, ctx) => readableNode(String(args['id']), 'node', ctx),
    nodes: (_s, args, ctx) => {
      const ids = args['ids'] as readonly string[];
      // "Input arguments that accept an array have a maximum size of 250" (https://shopify.dev/docs/api/usage/limits).
      if (ids.length > 250)
        throw shopifyError(
          `The input array size of ${ids.length} is greater than the maximum allowed of 250.`,
          'MAX_INPUT_SIZE_EXCEEDED',
        );
      return ids.map((id) => readableNode(id, 'nodes', ctx));
    },
  },
  Shop: {
    contactEmail: (s) => identity(s).email,
    myshopifyDomain: (s) => identity(s).domain,
    url: (s) => `https://${identity(s).domain}`,
    primaryDomain: (s) => ({
      id: gid('Domain', numericId(identity(s).id)),
      host: identity(s).domain,
      url: `https://${identity(s).domain}`,
      sslEnabled: true,
    }),
    plan: (s) => ({
      ...identity(s).plan,
      partnerDevelopment: identity(s).plan.partnerDevelopment ?? false,
      publicDisplayName: identity(s).plan.displayName,
    }),
    enabledPresentmentCurrencies: () => [...FX_CURRENCIES],
  },
};
