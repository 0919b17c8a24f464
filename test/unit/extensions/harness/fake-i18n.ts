// The extension tests' checkout `i18n`: the shared fake's (web/src/dev/checkout-fake/i18n.ts) over the extension's
// real locale files, read from disk; a missing key reads as a visible marker so a test catches it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { I18n } from '@shopify/ui-extensions/checkout';
import { createI18n, type Translations } from '@tandem/web/dev/checkout-fake/i18n';

const LOCALES_DIR = fileURLToPath(
  new URL('../../../../extensions/checkout-offers/locales/', import.meta.url),
);

export function loadTranslations(locale: string, dir: string = LOCALES_DIR): Translations {
  const language = locale.split('-')[0] ?? 'en';
  const file = language === 'en' ? 'en.default.json' : `${language}.json`;
  return JSON.parse(readFileSync(`${dir}${file}`, 'utf8')) as Translations;
}

export function extensionI18n(locale: string, currency: string): I18n {
  return createI18n(locale, currency, loadTranslations(locale), { missing: (key) => `[missing: ${key}]` });
}
