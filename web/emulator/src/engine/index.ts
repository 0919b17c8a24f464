/** Public surface of the emulator's GraphQL engine (Admin 2025-10 + Storefront 2025-07, no HTTP). */
export { createEngine } from './create-engine.js';
export { UnknownShopError } from './runtime.js';
export type {
  ChangeEvent,
  EmulatorEngine,
  EngineOptions,
  EngineResponse,
  GraphqlBody,
  OrderInput,
  ShopOptions,
  WebhookSubscriptionView,
} from './types.js';
