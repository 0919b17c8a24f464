export { checkoutOfOrder } from './checkout-of-order.js';
export { decideCheckout, type ReportedCheckout } from './decide-checkout.js';
export { recordCheckouts, type RecordCheckoutsDeps } from './record-checkouts.js';
