import type { SetupStep } from '../../api-contract/index.js';

/** What the setup checklist is decided from, gathered by the route from the store and Shopify. */
export interface SetupFacts {
  /** The latest sync that succeeded. */
  readonly syncedAt: string | null;
  /** The last recompute (null before the first) and the offer lists it left waiting to be written. */
  readonly offers: { readonly computedAt: string | null; readonly pending: number };
  /** Shopify's answer for the app's web pixel: found, absent, or not readable (scope not granted, outage). */
  readonly pixel:
    | { readonly kind: 'connected' }
    | { readonly kind: 'missing' }
    | { readonly kind: 'unreadable'; readonly reason: string };
  /** First UTC day a real checkout rendered the block (its `eligible` event), within event retention. */
  readonly blockSeenOn: string | null;
  /** First UTC day with an order counted in the holdout comparison (a stored daily rollup). */
  readonly firstMeasuredOn: string | null;
}

/**
 * The checklist in the merchant's order. Every item is read from state, never remembered as ticked: a pixel
 * deleted in Shopify or offers left unpublished show as not done again.
 */
export function setupSteps(facts: SetupFacts): SetupStep[] {
  const { offers, pixel } = facts;
  const published = offers.computedAt !== null && offers.pending === 0;
  return [
    facts.syncedAt === null
      ? {
          id: 'sync',
          done: false,
          since: null,
          detail: 'The first sync of your catalog and orders is running.',
        }
      : { id: 'sync', done: true, since: facts.syncedAt, detail: 'Catalog and orders synced.' },
    published
      ? { id: 'offers', done: true, since: offers.computedAt, detail: 'Offers are published to checkout.' }
      : {
          id: 'offers',
          done: false,
          since: null,
          detail:
            offers.computedAt === null
              ? 'Offers are worked out after the first sync.'
              : `${offers.pending} offer ${offers.pending === 1 ? 'list is' : 'lists are'} waiting to be written to Shopify.`,
        },
    facts.blockSeenOn === null
      ? {
          id: 'block',
          done: false,
          since: null,
          detail:
            'Add the Tandem block in the checkout editor. This turns green once a checkout shows it (Shopify does not tell apps where blocks are placed).',
        }
      : { id: 'block', done: true, since: facts.blockSeenOn, detail: 'A checkout showed the Tandem block.' },
    pixel.kind === 'connected'
      ? { id: 'pixel', done: true, since: null, detail: 'The Tandem pixel is connected.' }
      : {
          id: 'pixel',
          done: false,
          since: null,
          detail:
            pixel.kind === 'missing'
              ? 'The Tandem pixel is connected with the next offer update.'
              : pixel.reason,
        },
    facts.firstMeasuredOn === null
      ? {
          id: 'order',
          done: false,
          since: null,
          detail: 'The first order placed through checkout starts the measurement.',
        }
      : { id: 'order', done: true, since: facts.firstMeasuredOn, detail: 'Orders are being measured.' },
  ];
}

/**
 * Shopify's checkout and accounts editor on its Apps tab, for the shop (`<store>.myshopify.com` → admin.shopify.com
 * /store/<store>). The form apps use for onboarding; there is no documented link that places a checkout block.
 */
export function checkoutEditorUrl(shop: string): string {
  const store = shop.replace(/\.myshopify\.com$/, '');
  return `https://admin.shopify.com/store/${encodeURIComponent(store)}/settings/checkout/editor?page=checkout&context=apps`;
}
