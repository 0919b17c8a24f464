/**
 * Which API version answers a request, as Shopify decides it (https://shopify.dev/docs/api/usage/versioning):
 * a stable version (`YYYY-01|04|07|10`) is supported for 12 months from its release; a request for an older
 * one is served by the oldest supported version ("falls forward") and the response's X-Shopify-API-Version
 * says which; the next quarter's version is the release candidate; `unstable` is always there; anything
 * else is not an API version at all. The emulator then serves only versions it has a schema for, and answers
 * any other with an error, so a test fails as soon as the app asks for a version nobody checked it against.
 */

/** Versions the emulator has Shopify's published schemas for (../../schema; provenance in schemas.ts). */
export const IMPLEMENTED_API_VERSIONS = ['2026-10'] as const;
export type ImplementedApiVersion = (typeof IMPLEMENTED_API_VERSIONS)[number];

/** The newest implemented version: what bulk operations and the emulator's own tools use. */
export const LATEST_API_VERSION: ImplementedApiVersion = '2026-10';

export type VersionResolution =
  | { readonly kind: 'serve'; readonly version: ImplementedApiVersion; readonly requested: string }
  /** A real Shopify version (or its fall-forward target) the emulator has no schema for. */
  | { readonly kind: 'not-implemented'; readonly version: string; readonly requested: string }
  /** Not a version Shopify knows: malformed, or further ahead than the release candidate. */
  | { readonly kind: 'unknown'; readonly requested: string };

const STABLE = /^(\d{4})-(01|04|07|10)$/;
const SUPPORT_MONTHS = 12;

/** Quarter index (year × 4 + quarter) of a stable version handle. */
function quarterOf(handle: string): number | undefined {
  const match = STABLE.exec(handle);
  return match ? Number(match[1]) * 4 + (Number(match[2]) - 1) / 3 : undefined;
}

const handleOf = (quarter: number): string =>
  `${Math.floor(quarter / 4)}-${String((quarter % 4) * 3 + 1).padStart(2, '0')}`;

/** `requested` as Shopify would serve it on `today`, then whether the emulator can. */
export function resolveApiVersion(requested: string, today: Date): VersionResolution {
  const current = today.getUTCFullYear() * 4 + Math.floor(today.getUTCMonth() / 3);
  let target: string;
  if (requested === 'unstable') target = requested;
  else {
    const quarter = quarterOf(requested);
    // The release candidate is the next quarter's version; nothing beyond it exists yet.
    if (quarter === undefined || quarter > current + 1) return { kind: 'unknown', requested };
    const oldestSupported = current - SUPPORT_MONTHS / 3 + 1;
    target = quarter < oldestSupported ? handleOf(oldestSupported) : requested;
  }
  return isImplemented(target)
    ? { kind: 'serve', version: target, requested }
    : { kind: 'not-implemented', version: target, requested };
}

export const isImplemented = (version: string): version is ImplementedApiVersion =>
  (IMPLEMENTED_API_VERSIONS as readonly string[]).includes(version);
