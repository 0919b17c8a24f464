import type { StoreOptions, Stores } from '../types.js';
import { checkCustomerHash, checkShop, validate } from '../validation/index.js';
import { createMemoryAttributionStore } from './attribution-store.js';
import { createMemoryCatalogStore } from './catalog-store.js';
import { createMemoryEventStore } from './event-store.js';
import { createMemoryMeasurementStore } from './measurement-store.js';
import { createMemoryOfferStore } from './offer-store.js';
import { createMemoryOrderStore, deleteMemoryCustomerOrders } from './order-store.js';
import { createMemoryRuleStore } from './rule-store.js';
import { createMemorySessionStore } from './session-store.js';
import { createMemoryRefreshLeaseStore } from './refresh-lease-store.js';
import { createMemoryDataRequestStore } from './data-request-store.js';
import { createMemoryBillingStore } from './billing-store.js';
import { demoTokenCipher } from '../shared/token-cipher.js';
import { createMemorySettingsStore } from './settings-store.js';
import { createMemoryShopStore } from './shop-store.js';
import { createMemorySyncRunStore } from './sync-run-store.js';
import { MemoryTables } from './tables.js';
import { createMemoryWebhookInbox } from './webhook-inbox.js';
import { createMemoryProfileStore } from './profile-store.js';

/** Every store in process memory: for unit and integration tests, behaving like the SQL stores. */
export function createMemoryStores(options: StoreOptions = {}): Stores {
  const clock = options.clock ?? (() => new Date());
  const tables = new MemoryTables();
  return {
    shops: createMemoryShopStore(tables),
    sessions: createMemorySessionStore(tables, options.tokenCipher ?? demoTokenCipher()),
    refreshLeases: createMemoryRefreshLeaseStore(tables, clock),
    dataRequests: createMemoryDataRequestStore(tables),
    billing: createMemoryBillingStore(tables),
    catalog: createMemoryCatalogStore(tables),
    orders: createMemoryOrderStore(tables),
    offers: createMemoryOfferStore(tables, clock),
    rules: createMemoryRuleStore(tables, clock),
    settings: createMemorySettingsStore(tables),
    events: createMemoryEventStore(tables),
    attributions: createMemoryAttributionStore(tables),
    measurement: createMemoryMeasurementStore(tables, clock),
    syncRuns: createMemorySyncRunStore(tables, clock),
    inbox: createMemoryWebhookInbox(tables, clock),
    profiles: createMemoryProfileStore(tables),

    async deleteShopData(shop) {
      tables.dropShop(checkShop(shop));
    },

    async deleteCustomerData(shop, customerHash) {
      checkShop(shop);
      const hash = validate('customer', (check) => checkCustomerHash(check, 'customerHash', customerHash));
      const checkouts = new Set(
        [...tables.orders.of(shop).values()].flatMap((order) =>
          order.customerHash === hash && order.checkoutToken !== null ? [order.checkoutToken] : [],
        ),
      );
      const events = removeWhere(tables.events.of(shop), (event) => checkouts.has(event.checkoutToken));
      const orders = deleteMemoryCustomerOrders(tables, shop, hash, true);
      const deliveries = removeWhere(tables.inbox.of(shop), (delivery) => delivery.customerHash === hash);
      removeWhere(tables.profiles.of(shop), (customer) => customer.customerHash === hash);
      return { orders, events, deliveries };
    },
  };
}

function removeWhere<T>(rows: Map<string, T>, doomed: (row: T) => boolean): number {
  let removed = 0;
  for (const [key, row] of rows)
    if (doomed(row)) {
      rows.delete(key);
      removed += 1;
    }
  return removed;
}
