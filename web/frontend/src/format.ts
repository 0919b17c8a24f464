/** Digits after the decimal point of a currency (2 for EUR, 0 for JPY). */
function digits(currencyCode: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency: currencyCode }).resolvedOptions()
        .maximumFractionDigits ?? 2
    );
  } catch {
    return 2;
  }
}

/** Minor units (the store's integer amounts) as money; without a currency, a plain number with two decimals. */
export function formatMinor(minor: number, currencyCode: string | null, locale = 'en'): string {
  if (currencyCode === null) return (minor / 100).toFixed(2);
  return new Intl.NumberFormat(locale, { style: 'currency', currency: currencyCode }).format(
    minor / 10 ** digits(currencyCode),
  );
}

export function formatMoney(
  money: { readonly amount: number; readonly currencyCode: string },
  locale = 'en',
): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: money.currencyCode }).format(
    money.amount,
  );
}

export function formatDateTime(iso: string | null, locale = 'en'): string {
  if (iso === null) return '—';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatNumber(value: number, locale = 'en'): string {
  return new Intl.NumberFormat(locale).format(value);
}

export function formatPercent(value: number, locale = 'en'): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)}%`;
}
