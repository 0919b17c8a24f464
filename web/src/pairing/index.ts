/**
 * The pairing engine (pure: no I/O). Order lines stream into co-occurrence counts; counts, catalog, merchant
 * rules and settings become per-product offer lists in the published metafield format; the offline evaluation
 * measures them through the checkout's own merge. The CLI (cli/) wraps it for files.
 */
export * from './types.js';
export { IdInterner, compareIds } from './interner.js';
export * from './csv/index.js';
export * from './orders/index.js';
export * from './mining/index.js';
export * from './scoring/index.js';
export * from './tiers/index.js';
export * from './rules/index.js';
export * from './lists/index.js';
export * from './eval/index.js';
export * from './selection/index.js';
export * from './learned/index.js';
