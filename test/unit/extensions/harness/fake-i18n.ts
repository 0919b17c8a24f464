// The checkout `i18n` the fakes provide: the extension's real locale files, Shopify's {{placeholder}} and
// `count` plural rules, and Intl currency formatting in the buyer's locale.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type Translations = { readonly [key: string]: string | Translations };

const LOCALES_DIR = fileURLToPath(
  new URL('../../../../extensions/checkout-offers/locales/', import.meta.url),
);

export function loadTranslations(locale: string, dir: string = LOCALES_DIR): Translations {
  const language = locale.split('-')[0] ?? 'en';
  const file = language === 'en' ? 'en.default.json' : `${language}.json`;
  return JSON.parse(readFileSync(`${dir}${file}`, 'utf8')) as Translations;
}

export interface FakeI18n {
  translate(key: string, options?: Record<string, string | number>): string;
  formatCurrency(amount: number, options?: { currency?: string }): string;
}

export function fakeI18n(locale: string, currency: string, translations: Translations): FakeI18n {
  const plural = new Intl.PluralRules(locale);
  return {
    translate(key, options = {}) {
      let entry: string | Translations | undefined = translations;
      for (const part of key.split('.')) entry = typeof entry === 'object' ? entry[part] : undefined;
      if (typeof entry === 'object' && typeof options.count === 'number')
        entry = entry[plural.select(options.count)] ?? entry.other;
      // A visible marker, so a test catches any key a locale file lacks.
      if (typeof entry !== 'string') return `[missing: ${key}]`;
      return entry.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) =>
        name in options ? String(options[name]) : match,
      );
    },
    formatCurrency(amount, options = {}) {
      return new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: options.currency ?? currency,
      }).format(amount);
    },
  };
}
