import type { Migration } from 'kysely';

// Indexes a day's rollup reads by, found with test/bench/measurement/kpi-bench.ts (a day of a million events).
// - The funnel reads each of the day's checkouts' events by token and time, wanting only their type, offer and
//   placement. With those in the index the read never visits the table, and SQLite's planner takes it; it used to
//   scan all of the shop's events once per chunk of checkouts. The old index is a prefix of the new one.
// - Whether an order's customer ordered again looks up that customer's later orders. Without `created_at` beside
//   the customer, SQLite walked every later order of the shop for each order of the day (2 s for 1,700 orders).
export const rollupIndexes: Migration = {
  async up(db) {
    await db.schema
      .createIndex('events_funnel_idx')
      .on('events')
      .columns(['shop', 'checkout_token', 'occurred_at', 'type', 'offer_id', 'placement'])
      .execute();
    await db.schema.dropIndex('events_checkout_idx').execute();
    await db.schema
      .createIndex('orders_customer_created_idx')
      .on('orders')
      .columns(['shop', 'customer_hash', 'created_at'])
      .execute();
    await db.schema.dropIndex('orders_customer_idx').execute();
  },
};
