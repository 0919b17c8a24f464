/**
 * Routes Shopify-bound requests to the local emulator at the fetch layer. `@shopify/shopify-api` and the admin
 * client always build `https://{shop}/…` URLs; in emulator mode this adapter sends them to
 * `{emulatorUrl}/shops/{shop}/…` instead. Used only when config.shopify.mode is 'emulator' — never in production.
 */
const SHOP_HOST = /^[a-z0-9][a-z0-9-]*\.myshopify\.com$/i;

export function emulatorFetch(emulatorUrl: string, base: typeof fetch = fetch): typeof fetch {
  const root = emulatorUrl.replace(/\/+$/, '');
  return ((input: string | URL | Request, init?: RequestInit) => {
    const original = new URL(
      typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
    );
    if (original.protocol !== 'https:' || !SHOP_HOST.test(original.hostname)) return base(input, init);
    const routed = `${root}/shops/${original.hostname}${original.pathname}${original.search}`;
    return input instanceof Request ? base(new Request(routed, input), init) : base(routed, init);
  }) as typeof fetch;
}
