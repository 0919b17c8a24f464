/** @jsxImportSource preact */
import '@shopify/ui-extensions/preact';
import type { Api } from '@shopify/ui-extensions/purchase.checkout.cart-line-item.render-after';
import { render } from 'preact';
import { startSession } from '@tandem/offer-core';
import { UpgradePrompt } from '../components/upgrade-prompt.js';
import { shopifyApi } from '../shopify-api.js';

/** purchase.checkout.cart-line-item.render-after: the tier-upgrade prompt under its cart line. */
export default async function renderCartLineUpgrade(): Promise<void> {
  const api = shopifyApi<Api>();
  const session = startSession(api, 'line', console);
  render(
    <UpgradePrompt session={session} i18n={api.i18n} locale={api.localization.language.value.isoCode} />,
    document.body,
  );
}
