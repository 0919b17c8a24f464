/**
 * Entry of the local admin frame (/preview/admin): a stand-in for the Shopify admin that embeds the app the way
 * Shopify does — an iframe of the app URL with `embedded=1`, `shop` and `host`. Inside, the app's dev App Bridge
 * shim (served in emulator mode in place of Shopify's CDN script) gets session tokens the emulator signs.
 */
import { byId, el } from './shared/dom.js';
import { previewApi } from './shared/preview-api.js';

/** App Bridge's `host` parameter: base64 of the store's admin URL, unpadded. */
const hostParam = (shop: string): string =>
  btoa(`admin.shopify.com/store/${shop.replace('.myshopify.com', '')}`).replace(/=+$/, '');

async function main(): Promise<void> {
  const { shop } = await previewApi.context();
  byId('store-name').textContent = shop.name;
  // `?path=/offers` opens another admin page; only same-origin paths are embedded.
  const url = new URL(new URLSearchParams(location.search).get('path') ?? '/', location.origin);
  if (url.origin !== location.origin) throw new Error('path must be a page of this app');
  for (const [key, value] of Object.entries({
    embedded: '1',
    shop: shop.domain,
    host: hostParam(shop.domain),
    locale: 'en',
  }))
    url.searchParams.set(key, value);
  byId('app-slot').replaceChildren(
    el('iframe', { id: 'app-frame', src: `${url.pathname}${url.search}`, title: 'Tandem (embedded app)' }),
  );
}

main().catch((error: unknown) => {
  byId('app-slot').replaceChildren(
    el(
      'p',
      { class: 'notice-error' },
      `The admin frame could not start: ${error instanceof Error ? error.message : String(error)}`,
    ),
  );
});
