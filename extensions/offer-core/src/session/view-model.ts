import { presentOffers, type BlockPresentation, type I18nLike } from './present.js';
import type { OfferSession } from './offer-session.js';
import type { OfferPresentation } from './present.js';
import type { SessionState } from './types.js';

/** Props both views' block component takes. */
export interface OfferBlockProps {
  readonly session: OfferSession;
  readonly i18n: I18nLike;
  readonly locale: string;
  /** Thank-you page: link each offer to its product page on this storefront instead of adding it. */
  readonly storefrontUrl?: string | undefined;
}

/** Props both views' upgrade prompt takes. */
export type UpgradePromptProps = Omit<OfferBlockProps, 'storefrontUrl'>;

/** Props both views' offer row takes. */
export interface OfferRowProps {
  readonly offer: OfferPresentation;
  /** Absent on the thank-you page: recommendations link to the product instead of changing a cart. */
  readonly onAccept?: (offerId: string) => void;
  readonly href?: string;
  readonly viewLabel?: string;
}

export type BlockView =
  | { readonly kind: 'hidden' }
  /** After "No thanks": only the live region's note that the offers are hidden for this order. */
  | { readonly kind: 'dismissed'; readonly note: string }
  | { readonly kind: 'loading'; readonly rows: number }
  | {
      readonly kind: 'ready';
      readonly view: BlockPresentation;
      readonly rows: readonly OfferRowProps[];
      readonly dismissible: boolean;
    };

/** What the block renders for a session state: the views only map this onto their components. */
export function blockView(
  state: SessionState,
  props: Omit<OfferBlockProps, 'session'>,
  session: OfferSession,
): BlockView {
  if (state.phase === 'dismissed') return { kind: 'dismissed', note: props.i18n.translate('dismissed') };
  if (state.phase !== 'ready')
    return state.phase === 'loading' ? { kind: 'loading', rows: state.rows } : { kind: 'hidden' };
  const thankYou = props.storefrontUrl !== undefined;
  const view = presentOffers(state, props.i18n, props.locale, thankYou ? 'thank_you.heading' : 'heading');
  const viewLabel = props.i18n.translate('offer.view');
  const rows = view.offers.map((offer): OfferRowProps =>
    thankYou
      ? { offer, href: `${props.storefrontUrl}/products/${offer.productHandle}`, viewLabel }
      : { offer, onAccept: (offerId) => void session.accept(offerId) },
  );
  return { kind: 'ready', view, rows, dismissible: !thankYou };
}

/** The line target's single upgrade, or undefined when there is nothing to show. */
export function upgradeView(
  state: SessionState,
  props: UpgradePromptProps,
): OfferPresentation | 'loading' | undefined {
  if (state.phase === 'loading') return 'loading';
  if (state.phase !== 'ready') return undefined;
  return presentOffers(state, props.i18n, props.locale, 'heading').offers[0];
}
