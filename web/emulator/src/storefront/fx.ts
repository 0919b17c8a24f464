/**
 * Buyer-currency prices for the demo, the way Shopify Markets presents them: convert from the shop
 * currency at a rate, then round UP to a "charm" ending per currency (Markets' automatic rounding,
 * https://help.shopify.com/en/manual/markets/pricing/currency-conversion-rounding — the endings below are our
 * fixed, documented choice, not a copy of Shopify's table).
 *
 * Rates are a FIXED demo table (units per 1 EUR), not live rates, so every run prices identically:
 *   EUR 1 · USD 1.08 · GBP 0.85 · NOK 11.5 · SEK 11.3 · DKK 7.46 · CHF 0.95 · PLN 4.3 · CAD 1.47 · AUD 1.63 · JPY 162
 * Rounding rule: round the converted amount up to the smallest value ≥ it whose fractional part is the
 * currency's ending — EUR/DKK .95, USD/GBP/CAD/AUD/PLN .99, CHF .90, NOK/SEK/JPY whole units (.00).
 * Prices in the shop's own currency are never converted or rounded.
 */

export const FX_RATES = {
  EUR: 1,
  USD: 1.08,
  GBP: 0.85,
  NOK: 11.5,
  SEK: 11.3,
  DKK: 7.46,
  CHF: 0.95,
  PLN: 4.3,
  CAD: 1.47,
  AUD: 1.63,
  JPY: 162,
} as const;
export type FxCurrency = keyof typeof FX_RATES;
export const FX_CURRENCIES = Object.keys(FX_RATES) as readonly FxCurrency[];

/** Fractional ending in cents that converted prices round up to. */
const ENDINGS: Readonly<Record<FxCurrency, number>> = {
  EUR: 95,
  DKK: 95,
  USD: 99,
  GBP: 99,
  CAD: 99,
  AUD: 99,
  PLN: 99,
  CHF: 90,
  NOK: 0,
  SEK: 0,
  JPY: 0,
};

const EURO_COUNTRIES = [
  'AT',
  'BE',
  'CY',
  'DE',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PT',
  'SI',
  'SK',
];

const COUNTRY_CURRENCY: Readonly<Record<string, FxCurrency>> = {
  ...Object.fromEntries(EURO_COUNTRIES.map((country) => [country, 'EUR' as const])),
  US: 'USD',
  GB: 'GBP',
  NO: 'NOK',
  SE: 'SEK',
  DK: 'DKK',
  CH: 'CHF',
  PL: 'PLN',
  CA: 'CAD',
  AU: 'AUD',
  JP: 'JPY',
};

export function isFxCurrency(code: string): code is FxCurrency {
  return code in FX_RATES;
}

/** The currency a buyer in `country` pays in; the shop currency for countries outside the table. */
export function currencyForCountry(country: string | undefined, shopCurrency: string): string {
  return (country && COUNTRY_CURRENCY[country]) || shopCurrency;
}

/** Smallest amount ≥ `value` whose cents equal `endingCents` (whole units when 0). */
export function roundUpToEnding(value: number, endingCents: number): number {
  const cents = Math.round(value * 100);
  const whole = Math.floor(cents / 100);
  let candidate = whole * 100 + endingCents;
  if (candidate < cents) candidate += 100;
  return candidate / 100;
}

/** `amount` in `from` (the shop currency) as the buyer sees it in `to`. */
export function convertPrice(
  amount: number,
  from: string,
  to: string,
): { amount: number; currencyCode: string } {
  if (from === to || !isFxCurrency(from) || !isFxCurrency(to)) return { amount, currencyCode: from };
  const converted = (amount / FX_RATES[from]) * FX_RATES[to];
  return { amount: roundUpToEnding(converted, ENDINGS[to]), currencyCode: to };
}
