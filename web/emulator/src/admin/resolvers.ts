/** Every Admin resolver group, merged once into the field resolver execution uses. */
import type { GraphQLFieldResolver } from 'graphql';
import { makeFieldResolver, mergeResolvers } from '../engine/field-resolver.js';
import { billingResolvers } from './billing-resolvers.js';
import { bulkResolvers } from './bulk/bulk-resolvers.js';
import type { AdminContext } from './context.js';
import { discountResolvers } from './discount-resolvers.js';
import { metafieldMutationResolvers } from './metafield-mutations.js';
import { metafieldResolvers } from './metafield-resolvers.js';
import { orderResolvers } from './order-resolvers.js';
import { productResolvers } from './product-resolvers.js';
import { shopResolvers } from './shop-resolvers.js';
import { variantResolvers } from './variant-resolvers.js';
import { webPixelResolvers } from './web-pixel-resolvers.js';
import { webhookResolvers } from './webhook-resolvers.js';

let fieldResolver: GraphQLFieldResolver<unknown, AdminContext> | undefined;

export function adminFieldResolver(): GraphQLFieldResolver<unknown, AdminContext> {
  fieldResolver ??= makeFieldResolver(
    mergeResolvers(
      shopResolvers,
      productResolvers,
      variantResolvers,
      orderResolvers,
      metafieldResolvers,
      metafieldMutationResolvers,
      discountResolvers,
      webhookResolvers,
      webPixelResolvers,
      billingResolvers,
      bulkResolvers(adminFieldResolver),
    ),
  );
  return fieldResolver;
}
