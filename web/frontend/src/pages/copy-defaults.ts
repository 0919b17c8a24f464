import de from '../../../../extensions/checkout-offers/locales/de.json';
import en from '../../../../extensions/checkout-offers/locales/en.default.json';
import nb from '../../../../extensions/checkout-offers/locales/nb.json';
import nl from '../../../../extensions/checkout-offers/locales/nl.json';
import { copyOverride, interpolate } from '@tandem/offer-core';
import type { CopyKey } from '@tandem/web/api-contract/settings';
import type { Locale } from '@tandem/web/domain/settings';

const FILES: Record<Locale, unknown> = { en, nl, de, nb };

function lookup(locale: Locale, key: string): unknown {
  let node: unknown = FILES[locale];
  for (const part of key.split('.'))
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  return node;
}

/** The checkout's built-in text for a key in a locale (from the extension's own locale files): the placeholder. */
export function defaultCopy(locale: Locale, key: CopyKey): string {
  const node = lookup(locale, key);
  return typeof node === 'string' ? node : '';
}

/**
 * A checkout message as the extension renders it: the merchant's override or the locale file's text (plural
 * forms by `count`), placeholders filled in.
 */
export function checkoutText(
  locale: Locale,
  key: string,
  params: Readonly<Record<string, string | number>>,
  overrides: Readonly<Record<string, string>> = {},
  labels: Readonly<Record<string, string>> = {},
): string {
  const count = typeof params['count'] === 'number' ? params['count'] : undefined;
  const translated = Object.fromEntries(
    Object.entries(labels).map(([name, labelKey]) => [name, checkoutText(locale, labelKey, {}, overrides)]),
  );
  const node = copyOverride({ [locale]: overrides }, locale, key, count) ?? lookup(locale, key);
  const template =
    typeof node === 'string'
      ? node
      : typeof node === 'object' && node !== null
        ? String((node as Record<string, unknown>)[count === 1 ? 'one' : 'other'] ?? '')
        : key;
  return interpolate(template, { ...params, ...translated });
}

export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  nl: 'Dutch',
  de: 'German',
  nb: 'Norwegian (Bokmål)',
};

export const COPY_LABELS: Record<CopyKey, string> = {
  heading: 'Block heading',
  dismiss: 'Dismiss button',
  'offer.add': 'Add button',
  'offer.discount': 'Discount label',
  'reason.bought_together.one': 'Reason: bought together (1 shopper)',
  'reason.bought_together.other': 'Reason: bought together (shoppers)',
  'reason.often_bought_with': 'Reason: often bought with',
  'reason.similar': 'Reason: goes well with',
  'reason.popular': 'Reason: popular',
  'reason.merchant': 'Reason: your pick',
  'reason.buy_again': 'Reason: buy again (returning buyers)',
  'reason.upgrade': 'Upgrade line',
  'reason.upgrade_unit': 'Upgrade line with unit prices',
  'upgrade.action': 'Upgrade button',
  'thank_you.heading': 'Thank-you page heading',
};
