/** @jsxImportSource preact */
import '@shopify/ui-extensions/preact';
import type { Api } from '@shopify/ui-extensions/purchase.checkout.block.render';
import { render } from 'preact';
import { startSession } from '@tandem/offer-core';
import { OfferBlock } from '../components/offer-block.js';
import { shopifyApi } from '../shopify-api.js';

/** purchase.checkout.block.render: the "before you pay" cross-sell block. */
export default async function renderCheckoutBlock(): Promise<void> {
  const api = shopifyApi<Api>();
  const session = startSession(api, 'block', console);
  render(
    <OfferBlock session={session} i18n={api.i18n} locale={api.localization.language.value.isoCode} />,
    document.body,
  );
}
