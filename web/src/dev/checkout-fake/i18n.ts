import type { I18n, I18nTranslate } from '@shopify/ui-extensions/checkout';

/** An extension locale file (`extensions/checkout-offers/locales/*.json`): nested keys, `count` plurals. */
export type Translations = { readonly [key: string]: string | Translations };

export interface I18nOptions {
  /**
   * What a key no translation has reads as. Shopify shows the key itself (the default); the extension tests use a
   * visible marker, so a test catches any key a locale file lacks.
   */
  readonly missing?: (key: string) => string;
}

/** Checkout's `i18n`: the extension's own translations, `{{name}}` placeholders, `count` plurals, Intl formats. */
export function createI18n(
  language: string,
  currency: string,
  translations: Translations,
  options: I18nOptions = {},
): I18n {
  const plural = new Intl.PluralRules(language);
  const missing = options.missing ?? ((key: string) => key);
  // Checkout's own `inExtensionLocale` flag is not an Intl option.
  const intl = <T extends object>({ inExtensionLocale: _, ...rest }: T & { inExtensionLocale?: boolean }) =>
    rest;
  const translate = (key: string, replacements: Record<string, unknown> = {}): string => {
    let entry: string | Translations | undefined = translations;
    for (const part of key.split('.')) entry = typeof entry === 'object' ? entry[part] : undefined;
    if (typeof entry === 'object' && typeof replacements.count === 'number')
      entry = entry[plural.select(replacements.count)] ?? entry.other;
    if (typeof entry !== 'string') return missing(key);
    return entry.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) =>
      name in replacements ? String(replacements[name]) : match,
    );
  };
  return {
    // Checkout's signature also allows rich replacements (returning parts); the extension passes strings and numbers.
    translate: translate as I18nTranslate,
    formatCurrency: (amount, formatOptions = {}) =>
      new Intl.NumberFormat(language, { style: 'currency', currency, ...intl(formatOptions) }).format(amount),
    formatNumber: (value, formatOptions = {}) =>
      new Intl.NumberFormat(language, intl(formatOptions)).format(value),
    formatDate: (date, formatOptions = {}) =>
      new Intl.DateTimeFormat(language, intl(formatOptions)).format(date),
  };
}
