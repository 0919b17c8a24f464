import type { PublishedOffer } from '../types.js';
import type { CopyRef, Money } from './types.js';

/** Translation keys the views' locale files must define (a test checks every locale has them). */
export const REASON_COPY_KEYS = {
  boughtTogetherCount: 'reason.bought_together',
  boughtTogether: 'reason.often_bought_with',
  similar: 'reason.similar',
  popular: 'reason.popular',
  merchant: 'reason.merchant',
  upgrade: 'reason.upgrade',
  upgradeUnit: 'reason.upgrade_unit',
} as const;

/** Copy for a cross-sell's reason; `cartTitle` is the cart product the offer goes with. */
export function crossSellCopy(offer: PublishedOffer, cartTitle: string): CopyRef {
  switch (offer.r) {
    case 'bought_together':
      return offer.n !== undefined && offer.n > 1
        ? {
            key: REASON_COPY_KEYS.boughtTogetherCount,
            params: { count: offer.n, product: cartTitle },
            money: {},
          }
        : { key: REASON_COPY_KEYS.boughtTogether, params: { product: cartTitle }, money: {} };
    case 'similar':
      return { key: REASON_COPY_KEYS.similar, params: { product: cartTitle }, money: {} };
    case 'merchant':
      return { key: REASON_COPY_KEYS.merchant, params: { product: cartTitle }, money: {} };
    default:
      return { key: REASON_COPY_KEYS.popular, params: {}, money: {} };
  }
}

/** What the bigger size saves per unit of the cart's size: "€1.40 less per 250 g". */
export interface UnitSaving {
  readonly saving: Money;
  /** The cart variant's size, e.g. "250 g". */
  readonly per: string;
}

/** "€4.20 more for 500 g", and "€1.40 less per 250 g" when the bigger size is cheaper per unit. */
export function upgradeCopy(delta: Money, variantTitle: string, unit?: UnitSaving): CopyRef {
  return unit
    ? {
        key: REASON_COPY_KEYS.upgradeUnit,
        params: { variant: variantTitle, size: unit.per },
        money: { amount: delta, saving: unit.saving },
      }
    : { key: REASON_COPY_KEYS.upgrade, params: { variant: variantTitle }, money: { amount: delta } };
}

/**
 * The merchant's copy override for a key, if any: exact locale ("nl-NL") first, then its language ("nl").
 * Overrides use the same `{{name}}` placeholders as the locale files.
 */
export function copyOverride(
  overrides: Readonly<Record<string, Readonly<Record<string, string>>>>,
  locale: string,
  key: string,
): string | undefined {
  const language = locale.split('-')[0] ?? locale;
  return overrides[locale]?.[key] ?? overrides[language]?.[key];
}

/** Fills `{{name}}` placeholders; unknown placeholders are left visible rather than silently dropped. */
export function interpolate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
