import type { Database } from '../database/types.js';
import type { StoreOptions, Stores } from '../types.js';
import { checkCustomerHash, checkShop, validate } from '../validation/index.js';
import { createSqlAttributionStore } from './attribution-store.js';
import { createSqlCatalogStore } from './catalog-store.js';
import type { SqlContext } from './context.js';
import { createSqlEventStore } from './event-store.js';
import { createSqlMeasurementStore } from './measurement-store.js';
import { createSqlOfferStore } from './offer-store.js';
import { createSqlOrderStore } from './order-store.js';
import { createSqlRuleStore } from './rule-store.js';
import { createSqlSessionStore } from './session-store.js';
import { createSqlRefreshLeaseStore } from './refresh-lease-store.js';
import { createSqlDataRequestStore } from './data-request-store.js';
import { createSqlBillingStore } from './billing-store.js';
import { demoTokenCipher } from '../shared/token-cipher.js';
import { createSqlSettingsStore } from './settings-store.js';
import { deleteIn } from './bulk.js';
import { deleteCustomerOrders, deleteShopRows } from './shop-data.js';
import { createSqlShopStore } from './shop-store.js';
import { createSqlSyncRunStore } from './sync-run-store.js';
import { createSqlWebhookInbox } from './webhook-inbox.js';
import { createSqlProfileStore } from './profile-store.js';

/** Every store over one migrated database (SQLite or Postgres: the same SQL serves both). */
export function createStores(database: Database, options: StoreOptions = {}): Stores {
  const context: SqlContext = {
    db: database.db,
    dialect: database.dialect,
    clock: options.clock ?? (() => new Date()),
  };
  return {
    shops: createSqlShopStore(context),
    sessions: createSqlSessionStore(context, options.tokenCipher ?? demoTokenCipher()),
    refreshLeases: createSqlRefreshLeaseStore(context),
    dataRequests: createSqlDataRequestStore(context),
    billing: createSqlBillingStore(context),
    catalog: createSqlCatalogStore(context),
    orders: createSqlOrderStore(context),
    offers: createSqlOfferStore(context),
    rules: createSqlRuleStore(context),
    settings: createSqlSettingsStore(context),
    events: createSqlEventStore(context),
    attributions: createSqlAttributionStore(context),
    measurement: createSqlMeasurementStore(context),
    syncRuns: createSqlSyncRunStore(context),
    inbox: createSqlWebhookInbox(context),
    profiles: createSqlProfileStore(context),

    async deleteShopData(shop) {
      await deleteShopRows(context.db, context.dialect, checkShop(shop));
    },

    async deleteCustomerData(shop, customerHash) {
      checkShop(shop);
      const hash = validate('customer', (check) => checkCustomerHash(check, 'customerHash', customerHash));
      return context.db.transaction().execute(async (trx) => {
        // The customer's checkouts identify their pixel events; read them before the orders go.
        const tokens = await trx
          .selectFrom('orders')
          .select('checkout_token')
          .where('shop', '=', shop)
          .where('customer_hash', '=', hash)
          .where('checkout_token', 'is not', null)
          .execute();
        const checkouts = tokens.flatMap((row) => (row.checkout_token === null ? [] : [row.checkout_token]));
        const events = await deleteIn(trx, context.dialect, 'events', shop, 'checkout_token', checkouts);
        const orders = await deleteCustomerOrders(trx, context.dialect, shop, hash, { attributions: true });
        const deliveries = await trx
          .deleteFrom('webhook_deliveries')
          .where('shop', '=', shop)
          .where('customer_hash', '=', hash)
          .executeTakeFirst();
        await trx
          .deleteFrom('customer_profiles')
          .where('shop', '=', shop)
          .where('customer_hash', '=', hash)
          .execute();
        return { orders, events, deliveries: Number(deliveries.numDeletedRows) };
      });
    },
  };
}
