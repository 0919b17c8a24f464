// The shared checkout-offers behaviour suite against the deployable Preact view.
import { describeOfferViews } from '../../../test/unit/extensions/harness/behaviour-suite.js';
import renderCartLineUpgrade from '../src/targets/cart-line-upgrade.js';
import renderCheckoutBlock from '../src/targets/checkout-block.js';
import renderThankYouBlock from '../src/targets/thank-you-block.js';
import { domDriver } from './dom-driver.js';

describeOfferViews(
  domDriver({ block: renderCheckoutBlock, line: renderCartLineUpgrade, 'thank-you': renderThankYouBlock }),
  { idStyle: 'gid' },
);
