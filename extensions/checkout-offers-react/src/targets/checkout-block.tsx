import { reactExtension } from '@shopify/ui-extensions-react/checkout';
import { startSession } from '@tandem/offer-core';
import { OfferBlock } from '../components/offer-block.js';

/** purchase.checkout.block.render: the "before you pay" cross-sell block. */
export default reactExtension('purchase.checkout.block.render', (api) => (
  <OfferBlock
    session={startSession(api, 'block', console)}
    i18n={api.i18n}
    locale={api.localization.language.current.isoCode}
  />
));
