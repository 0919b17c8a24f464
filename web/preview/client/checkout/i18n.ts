import type { Translations } from '../../../src/dev/checkout-fake/i18n.js';

/** The extension's locale file for `language`, as the preview server serves it. */
export async function loadTranslations(language: string): Promise<Translations> {
  const response = await fetch(`/preview/locales/${encodeURIComponent(language)}.json`);
  if (!response.ok) throw new Error(`extension locale ${language}: HTTP ${response.status}`);
  return (await response.json()) as Translations;
}
