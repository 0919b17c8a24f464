import { reactExtension } from '@shopify/ui-extensions-react/checkout';
import { startSession } from '@tandem/offer-core';
import { UpgradePrompt } from '../components/upgrade-prompt.js';

/** purchase.checkout.cart-line-item.render-after: the tier-upgrade prompt under its cart line. */
export default reactExtension('purchase.checkout.cart-line-item.render-after', (api) => (
  <UpgradePrompt
    session={startSession(api, 'line', console)}
    i18n={api.i18n}
    locale={api.localization.language.current.isoCode}
  />
));
