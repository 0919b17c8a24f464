import { copyOverride, interpolate } from '../checkout/copy.js';
import type { CopyRef, Money, ShownOffer } from '../checkout/types.js';
import type { OfferStatus, ReadyState } from './types.js';

/** The slice of checkout's `i18n` the views use (both API versions fit). */
export interface I18nLike {
  translate(key: string, options?: Record<string, string | number>): string;
  formatCurrency(amount: number, options?: { currency?: string }): string;
}

/** Every string a view puts on screen for one offer, already translated and formatted. */
export interface OfferPresentation {
  readonly offerId: string;
  readonly title: string;
  readonly subtitle: string | undefined;
  readonly reason: string | undefined;
  readonly price: string;
  readonly compareAtPrice: string | undefined;
  readonly discount: string | undefined;
  readonly image: { readonly url: string; readonly alt: string } | undefined;
  readonly status: OfferStatus;
  /**
   * The one button's text and accessible name in this status (Add → Adding… → Added). It stays the same button
   * throughout, so a keyboard buyer's focus stays on it: checkout's extension API has no way to move focus.
   */
  readonly action: { readonly label: string; readonly accessibilityLabel: string };
  /** Translated, never the raw cart error. */
  readonly error: string | undefined;
  /** What a screen reader hears when this offer's add finished: "Added Filter papers to your order". */
  readonly outcome: string | undefined;
  readonly productHandle: string;
}

export interface BlockPresentation {
  readonly heading: string;
  /** "Filter papers just sold out.": why an offer the buyer clicked went away. */
  readonly notice: string | undefined;
  readonly dismissLabel: string;
  readonly offers: readonly OfferPresentation[];
  /** The live region's text: the outcome of the buyer's last click (or why its offer went). */
  readonly announcement: string | undefined;
}

/** Resolves copy: the merchant's override for this locale if any, else the extension's translation. */
export function copyText(
  i18n: I18nLike,
  ref: CopyRef,
  state: Pick<ReadyState, 'copy'>,
  locale: string,
): string {
  const params: Record<string, string | number> = { ...ref.params };
  for (const [name, money] of Object.entries(ref.money)) params[name] = formatMoney(i18n, money);
  for (const [name, key] of Object.entries(ref.labels ?? {}))
    params[name] = copyText(i18n, { key, params: {}, money: {} }, state, locale);
  const count = typeof ref.params['count'] === 'number' ? ref.params['count'] : undefined;
  const override = copyOverride(state.copy, locale, ref.key, count);
  return override === undefined ? i18n.translate(ref.key, params) : interpolate(override, params);
}

export function formatMoney(i18n: I18nLike, money: Money): string {
  return i18n.formatCurrency(money.amount, { currency: money.currencyCode });
}

function presentOffer(
  offer: ShownOffer,
  state: ReadyState,
  i18n: I18nLike,
  locale: string,
): OfferPresentation {
  const text = (key: string, params: Record<string, string | number> = {}): string =>
    copyText(i18n, { key, params, money: {} }, state, locale);
  const title = offer.titleKey === undefined ? offer.variant.productTitle : text(offer.titleKey);
  const upgrade = offer.kind === 'upgrade';
  const status = state.statuses[offer.offerId] ?? 'idle';
  const subtitle =
    offer.variant.title === '' || offer.variant.title === 'Default Title' ? undefined : offer.variant.title;
  const name = upgrade ? offer.variant.title : title;
  const error = status === 'error' ? text(upgrade ? 'upgrade.error' : 'offer.error') : undefined;
  return {
    offerId: offer.offerId,
    title,
    subtitle,
    reason: state.settings.showReasons || upgrade ? copyText(i18n, offer.copy, state, locale) : undefined,
    price: formatMoney(i18n, offer.price),
    compareAtPrice: offer.compareAtPrice ? formatMoney(i18n, offer.compareAtPrice) : undefined,
    discount:
      offer.discountPct === undefined ? undefined : text('offer.discount', { percent: offer.discountPct }),
    image:
      state.settings.showImages && offer.variant.image
        ? { url: offer.variant.image.url, alt: offer.variant.image.altText ?? title }
        : undefined,
    status,
    action: actionText(text, upgrade, status, name),
    error,
    outcome: status === 'added' ? actionText(text, upgrade, status, name).accessibilityLabel : error,
    productHandle: offer.variant.handle,
  };
}

/** Keys of the button's text and accessible name per status; every name starts with the visible text. */
const ACTION_KEYS = {
  xsell: {
    idle: ['offer.add', 'offer.add_label'],
    error: ['offer.add', 'offer.add_label'],
    adding: ['offer.adding', 'offer.adding_label'],
    added: ['offer.added', 'offer.added_label'],
  },
  upgrade: {
    idle: ['upgrade.action', 'upgrade.action_label'],
    error: ['upgrade.action', 'upgrade.action_label'],
    adding: ['upgrade.adding', 'upgrade.adding_label'],
    added: ['upgrade.done', 'upgrade.done_label'],
  },
} as const satisfies Record<string, Record<OfferStatus, readonly [string, string]>>;

function actionText(
  text: (key: string, params?: Record<string, string | number>) => string,
  upgrade: boolean,
  status: OfferStatus,
  name: string,
): OfferPresentation['action'] {
  const [label, accessibilityLabel] = ACTION_KEYS[upgrade ? 'upgrade' : 'xsell'][status];
  return {
    label: text(label),
    accessibilityLabel: text(accessibilityLabel, upgrade ? { variant: name } : { product: name }),
  };
}

/**
 * The whole block as strings. `headingKey` differs per target ("Goes well with your order" before paying,
 * "You might also like" after); the merchant's heading setting wins over both.
 */
export function presentOffers(
  state: ReadyState,
  i18n: I18nLike,
  locale: string,
  headingKey: string,
): BlockPresentation {
  const text = (key: string): string => copyText(i18n, { key, params: {}, money: {} }, state, locale);
  const offers = state.offers.map((offer) => presentOffer(offer, state, i18n, locale));
  const notice =
    state.soldOut === undefined
      ? undefined
      : copyText(
          i18n,
          { key: 'offer.sold_out', params: { product: state.soldOut }, money: {} },
          state,
          locale,
        );
  const last = offers.find(({ offerId }) => offerId === state.lastAccepted);
  return {
    heading: state.settings.heading ?? text(headingKey),
    notice,
    dismissLabel: text('dismiss'),
    offers,
    // An offer that sold out under the click is gone from `offers`: the notice says why instead.
    announcement: last?.outcome,
  };
}
