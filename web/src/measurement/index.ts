// Measurement: pixel events in, orders attributed, daily KPI rollups, holdout lift with confidence intervals.
export * from './attribution/index.js';
export { hashCheckoutToken } from './checkout-hash.js';
export * from './checkouts/index.js';
export { FUNNEL_LIMITS } from './funnel/limits.js';
export * from './ingest/index.js';
export * from './kpis/index.js';
export * from './stats/index.js';
export * from './report/index.js';
