import type { Router } from 'express';
import type { Runtime } from '../runtime.js';
import { reply, shopControl } from './respond.js';
import * as schemas from './schemas.js';

/** Changes to a shop that the engine turns into webhooks, and read-outs for assertions. */
export function addShopRoutes(router: Router, runtime: Runtime): void {
  const { engine, shops } = runtime;
  router.post(
    '/orders',
    shopControl(shops, schemas.createOrderSchema, ({ shop, lines, customerId, checkoutToken, createdAt }) => {
      const order = engine.createOrder(shop, {
        lines: lines.map(({ variantId, quantity, customAttributes }) => ({
          variantId,
          quantity,
          ...(customAttributes && { customAttributes }),
        })),
        customerId: customerId ?? null,
        checkoutToken: checkoutToken ?? null,
        ...(createdAt !== undefined && { createdAt }),
      });
      const created = runtime.createdOrders.get(shop) ?? [];
      created.push({ id: order.id, customerId: order.customerId });
      runtime.createdOrders.set(shop, created);
      return reply({ order }, 201);
    }),
  );
  router.post(
    '/checkouts',
    shopControl(shops, schemas.checkoutSchema, ({ shop, token, lines, at }) => {
      const checkout = engine.upsertCheckout(shop, {
        token,
        lines: lines.map(({ variantId, quantity, customAttributes }) => ({
          variantId,
          quantity,
          ...(customAttributes && { customAttributes }),
        })),
        ...(at !== undefined && { at }),
      });
      return reply({ checkout }, 201);
    }),
  );
  router.post(
    '/products/update',
    shopControl(shops, schemas.updateProductSchema, ({ shop, productId, patch: { title, status, tags } }) => {
      const product = engine.updateProduct(shop, productId, {
        ...(title !== undefined && { title }),
        ...(status !== undefined && { status }),
        ...(tags !== undefined && { tags }),
      });
      return reply({ product });
    }),
  );
  router.post(
    '/products/delete',
    shopControl(shops, schemas.productRefSchema, ({ shop, productId }) => {
      engine.deleteProduct(shop, productId);
      return reply({ deletedProductId: productId });
    }),
  );
  router.post(
    '/inventory',
    shopControl(shops, schemas.inventorySchema, ({ shop, variantId, quantity }) => {
      engine.setInventory(shop, variantId, quantity);
      return reply({ variantId, quantity });
    }),
  );
  router.get(
    '/snapshot',
    shopControl(shops, schemas.shopQuerySchema, ({ shop }) => reply(engine.snapshot(shop))),
  );
  router.get(
    '/metafield',
    shopControl(shops, schemas.metafieldQuerySchema, ({ shop, ownerId, namespace, key }) => {
      const metafield = engine.metafield(shop, ownerId, namespace, key);
      return metafield
        ? reply({ metafield })
        : reply({ error: 'not-found', message: `No metafield ${namespace}.${key} on ${ownerId}` }, 404);
    }),
  );
}
