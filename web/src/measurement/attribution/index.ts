export {
  attributeOrder,
  upgradeSource,
  upgradeSources,
  type AttributeOrderInput,
  type LineProblem,
  type OrderAttribution,
} from './attribute-order.js';
export {
  attributeOrders,
  type AttributeOptions,
  type AttributionDeps,
  type AttributionSummary,
} from './attribute-orders.js';
export { decideOrderArm, type OrderArm } from './order-arm.js';
export { reconcileAttribution, type ReconcileDeps, type ReconcileResult } from './reconcile.js';
export { refundedQuantities } from './refunds.js';
