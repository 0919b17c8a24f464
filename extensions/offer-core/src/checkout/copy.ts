import type { CrossSellOffer } from '../types.js';
import type { CopyRef, Money } from './types.js';
import type { UnitPriceComparison } from './unit-price.js';

/** Translation keys the views' locale files must define (a test checks every locale has them). */
export const REASON_COPY_KEYS = {
  boughtTogetherCount: 'reason.bought_together',
  boughtTogether: 'reason.often_bought_with',
  similar: 'reason.similar',
  popular: 'reason.popular',
  merchant: 'reason.merchant',
  upgrade: 'reason.upgrade',
  upgradeUnit: 'reason.upgrade_unit',
  buyAgain: 'reason.buy_again',
} as const;

/** Copy for a cross-sell's reason; `cartTitle` is the cart product the offer goes with. */
export function crossSellCopy(offer: CrossSellOffer, cartTitle: string): CopyRef {
  switch (offer.reason) {
    case 'bought_together':
      return offer.support !== undefined && offer.support > 1
        ? {
            key: REASON_COPY_KEYS.boughtTogetherCount,
            params: { count: offer.support, product: cartTitle },
            money: {},
          }
        : { key: REASON_COPY_KEYS.boughtTogether, params: { product: cartTitle }, money: {} };
    case 'similar':
      return { key: REASON_COPY_KEYS.similar, params: { product: cartTitle }, money: {} };
    case 'merchant':
      return { key: REASON_COPY_KEYS.merchant, params: { product: cartTitle }, money: {} };
    case 'buy_again':
      return { key: REASON_COPY_KEYS.buyAgain, params: {}, money: {} };
    default:
      return { key: REASON_COPY_KEYS.popular, params: {}, money: {} };
  }
}

/**
 * "€4.20 more for 500 g", and with unit prices "€4.20 more for 500 g: €33.40/kg instead of €50.00/kg";
 * `unit` is a translation key (`unit.kg`), since "l", "item" and friends differ per language.
 */
export function upgradeCopy(delta: Money, variantTitle: string, unit?: UnitPriceComparison): CopyRef {
  return unit
    ? {
        key: REASON_COPY_KEYS.upgradeUnit,
        params: { variant: variantTitle },
        money: { amount: delta, unit_price: unit.to, from_unit_price: unit.from },
        labels: { unit: `unit.${unit.per}` },
      }
    : { key: REASON_COPY_KEYS.upgrade, params: { variant: variantTitle }, money: { amount: delta } };
}

/**
 * The merchant's copy override for a key, if any: exact locale ("nl-NL") first, then its language ("nl").
 * Overrides use the same `{{name}}` placeholders as the locale files. A message with a `count` has its plural
 * forms as `key.one` / `key.other`, as in the locale files; en, nl, de and nb all use "one" for 1 only.
 */
export function copyOverride(
  overrides: Readonly<Record<string, Readonly<Record<string, string>>>>,
  locale: string,
  key: string,
  count?: number,
): string | undefined {
  const language = locale.split('-')[0] ?? locale;
  const keys = count === undefined ? [key] : [`${key}.${count === 1 ? 'one' : 'other'}`, key];
  for (const candidate of keys) {
    const text = overrides[locale]?.[candidate] ?? overrides[language]?.[candidate];
    if (text !== undefined) return text;
  }
  return undefined;
}

/** Fills `{{name}}` placeholders; unknown placeholders are left visible rather than silently dropped. */
export function interpolate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
