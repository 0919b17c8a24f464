/** Public surface of the emulator's GraphQL engine (Admin + Storefront, one schema per API version, no HTTP). */
export {
  IMPLEMENTED_API_VERSIONS,
  LATEST_API_VERSION,
  resolveApiVersion,
  type ImplementedApiVersion,
  type VersionResolution,
} from './api-versions.js';
export { createEngine } from './create-engine.js';
export { UnknownShopError } from './runtime.js';
export type {
  ChangeEvent,
  EmulatorEngine,
  EngineOptions,
  EngineResponse,
  GraphqlBody,
  OrderInput,
  CheckoutInput,
  WebPixelField,
  ShopOptions,
  WebhookSubscriptionView,
} from './types.js';
