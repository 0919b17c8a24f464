/** The app the bench installs: read_all_orders so the whole order history is synced. */
export const BENCH_APP = {
  clientId: 'sync-bench-client',
  clientSecret: 'sync-bench-secret',
  scopes: ['read_products', 'read_orders', 'read_all_orders'],
} as const;
