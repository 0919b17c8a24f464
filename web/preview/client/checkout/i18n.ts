type Translations = { readonly [key: string]: string | Translations };

/** Checkout's `i18n` for the extension: its own locale files, `{{name}}` placeholders, `count` plurals, Intl money. */
export interface PreviewI18n {
  translate(key: string, options?: Record<string, string | number>): string;
  formatCurrency(amount: number, options?: Intl.NumberFormatOptions): string;
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
  formatDate(date: Date, options?: Intl.DateTimeFormatOptions): string;
}

export async function loadTranslations(language: string): Promise<Translations> {
  const response = await fetch(`/preview/locales/${encodeURIComponent(language)}.json`);
  if (!response.ok) throw new Error(`extension locale ${language}: HTTP ${response.status}`);
  return (await response.json()) as Translations;
}

export function createI18n(language: string, currency: string, translations: Translations): PreviewI18n {
  const plural = new Intl.PluralRules(language);
  return {
    translate(key, options = {}) {
      let entry: string | Translations | undefined = translations;
      for (const part of key.split('.')) entry = typeof entry === 'object' ? entry[part] : undefined;
      if (typeof entry === 'object' && typeof options.count === 'number')
        entry = entry[plural.select(options.count)] ?? entry.other;
      // Shopify shows the key when a translation is missing; so does the preview, visibly.
      if (typeof entry !== 'string') return key;
      return entry.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) =>
        name in options ? String(options[name]) : match,
      );
    },
    formatCurrency: (amount, options = {}) =>
      new Intl.NumberFormat(language, { style: 'currency', currency, ...options }).format(amount),
    formatNumber: (value, options = {}) => new Intl.NumberFormat(language, options).format(value),
    formatDate: (date, options = {}) => new Intl.DateTimeFormat(language, options).format(date),
  };
}
