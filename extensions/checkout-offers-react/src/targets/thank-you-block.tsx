import { reactExtension } from '@shopify/ui-extensions-react/checkout';
import { startSession } from '@tandem/offer-core';
import { OfferBlock } from '../components/offer-block.js';

/** purchase.thank-you.block.render: read-only recommendations linking to the product page (works without Plus). */
export default reactExtension('purchase.thank-you.block.render', (api) => (
  <OfferBlock
    session={startSession(api, 'thank-you', console)}
    i18n={api.i18n}
    locale={api.localization.language.current.isoCode}
    storefrontUrl={(api.shop.storefrontUrl ?? '').replace(/\/$/, '')}
  />
));
