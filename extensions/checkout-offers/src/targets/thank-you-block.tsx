/** @jsxImportSource preact */
import '@shopify/ui-extensions/preact';
import type { Api } from '@shopify/ui-extensions/purchase.thank-you.block.render';
import { render } from 'preact';
import { startSession } from '@tandem/offer-core';
import { OfferBlock } from '../components/offer-block.js';
import { shopifyApi } from '../shopify-api.js';

/** purchase.thank-you.block.render: read-only recommendations linking to the product page (works without Plus). */
export default async function renderThankYouBlock(): Promise<void> {
  const api = shopifyApi<Api>();
  const session = startSession(api, 'thank-you', console);
  const storefrontUrl = (api.shop.storefrontUrl ?? '').replace(/\/$/, '');
  render(
    <OfferBlock
      session={session}
      i18n={api.i18n}
      locale={api.localization.language.value.isoCode}
      storefrontUrl={storefrontUrl}
    />,
    document.body,
  );
}
