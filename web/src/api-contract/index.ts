/**
 * The admin API contract: zod schemas for every input and the types of every answer, imported by the backend
 * routes (web/src/http/routes/admin-*) and the embedded admin (web/frontend) alike. Plain zod and types, no node
 * imports, so Vite bundles it.
 */
export * from './common.js';
export * from './settings.js';
export * from './rules.js';
export * from './products.js';
export * from './preview.js';
export * from './upgrades.js';
export * from './discounts.js';
export * from './overview.js';
export * from './setup.js';
export * from './pages.js';
export * from './model.js';
export * from './privacy.js';
export * from './billing.js';
