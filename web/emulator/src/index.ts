/** Public surface of the Shopify emulator package. */
export { createEmulator } from './server/create-emulator.js';
export type { Emulator, EmulatorAppOptions, EmulatorOptions } from './server/types.js';
export { createControlClient, ControlError, type ControlClient } from './server/control/client.js';
export { DEMO_APP } from './server/demo-app.js';
export { SESSION_TOKEN_TTL_S, type SessionTokenClaims } from './auth/session-token.js';
export {
  WEBHOOK_TOPICS,
  COMPLIANCE_TOPICS,
  type DeliveryView,
  type DeliveryAttempt,
  type WebhookTopic,
} from './webhooks/types.js';
export { FAULT_KINDS, HTTP_TARGETS, type ActiveFault, type FaultSpec } from './faults/types.js';
export type { EmulatorEngine } from './engine/index.js';
export { IMPLEMENTED_API_VERSIONS, LATEST_API_VERSION } from './engine/index.js';
export type * from './state/types.js';
