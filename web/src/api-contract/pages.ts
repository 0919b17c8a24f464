/** The embedded admin's pages: paths the server answers with the app shell and the frontend routes on. */
export const ADMIN_PAGES = [
  { path: '/', key: 'dashboard' },
  { path: '/offers', key: 'offers' },
  { path: '/upgrades', key: 'upgrades' },
  { path: '/discounts', key: 'discounts' },
  { path: '/settings', key: 'settings' },
  { path: '/sync', key: 'sync' },
  { path: '/plan', key: 'plan' },
] as const;
export type AdminPageKey = (typeof ADMIN_PAGES)[number]['key'];
