/** What Storefront resolvers receive: the shop and the buyer context from `@inContext`. */
import type { EngineRuntime } from '../engine/runtime.js';
import type { ShopState } from '../state/shop-state.js';
import type { DemoLocale } from '../state/types.js';

export interface StorefrontContext {
  readonly runtime: EngineRuntime;
  readonly shop: ShopState;
  /** ISO country code from @inContext(country:), if any. */
  readonly country: string | undefined;
  /** Lower-case language from @inContext(language:) (`NB` → `nb`), if any. */
  readonly language: string | undefined;
  /** The currency prices are shown in (buyer's country currency, else the shop's). */
  readonly currency: string;
  /** The store is paginating with Shopify's limits (never bulk on the Storefront API). */
  readonly bulk: false;
}

export function localizedTitle(
  translations: Partial<Record<DemoLocale, string>>,
  fallback: string,
  language: string | undefined,
): string {
  return (language && translations[language as DemoLocale]) || fallback;
}
