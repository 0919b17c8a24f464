// The shared checkout-offers behaviour suite against the React (API 2025-07) view.
import { describeOfferViews } from '../../../test/unit/extensions/harness/behaviour-suite.js';
import cartLineUpgrade from '../src/targets/cart-line-upgrade.js';
import checkoutBlock from '../src/targets/checkout-block.js';
import thankYouBlock from '../src/targets/thank-you-block.js';
import { remoteUiDriver } from './remote-ui-driver.js';

describeOfferViews(
  remoteUiDriver({ block: checkoutBlock, line: cartLineUpgrade, 'thank-you': thankYouBlock }),
  { idStyle: 'numeric' },
);
