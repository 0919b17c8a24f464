/**
 * Shopify serialises Money/Decimal as decimal strings ("12.50", "1500.0"). We store integer minor units, so the
 * conversion is done on the digits — never through a float, which would turn "0.29" into 28.999….
 */

/** ISO 4217 currencies without minor units (Shopify sells in these: JPY, KRW, ISK, VND, …). */
const ZERO_DECIMAL = [
  'BIF',
  'CLP',
  'DJF',
  'GNF',
  'ISK',
  'JPY',
  'KMF',
  'KRW',
  'PYG',
  'RWF',
  'UGX',
  'UYI',
  'VND',
  'VUV',
  'XAF',
  'XOF',
  'XPF',
] as const;
/** ISO 4217 currencies with three decimals. */
const THREE_DECIMAL = ['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND'] as const;

const EXPONENTS: ReadonlyMap<string, number> = new Map<string, number>([
  ...ZERO_DECIMAL.map((code) => [code, 0] as const),
  ...THREE_DECIMAL.map((code) => [code, 3] as const),
]);

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Digits after the decimal point of the currency's minor unit (2 unless listed above). */
export function currencyExponent(currency: string): number {
  return EXPONENTS.get(currency) ?? 2;
}

export type MinorUnits =
  { readonly kind: 'ok'; readonly minor: number } | { readonly kind: 'invalid'; readonly reason: string };

/**
 * "12.5" EUR → 1250; "1500.0" JPY → 1500; "1.234" KWD → 1234. Extra decimals are accepted only when they are zeros:
 * anything finer than the currency's minor unit is a value we cannot store exactly, so it is reported, not rounded.
 */
export function toMinorUnits(amount: unknown, currency: string): MinorUnits {
  if (typeof amount !== 'string')
    return { kind: 'invalid', reason: `must be a decimal string (got ${typeof amount})` };
  const match = DECIMAL.exec(amount.trim());
  if (!match) return { kind: 'invalid', reason: `"${amount.slice(0, 40)}" is not a decimal amount` };
  const [, sign = '', whole = '', fraction = ''] = match;
  const exponent = currencyExponent(currency);
  const kept = fraction.slice(0, exponent).padEnd(exponent, '0');
  if (/[^0]/.test(fraction.slice(exponent))) {
    return { kind: 'invalid', reason: `"${amount}" has more decimals than ${currency} allows (${exponent})` };
  }
  const minor = BigInt(`${sign}${whole}${kept}`);
  if (minor > BigInt(Number.MAX_SAFE_INTEGER) || minor < BigInt(Number.MIN_SAFE_INTEGER)) {
    return { kind: 'invalid', reason: `"${amount.slice(0, 40)}" is too large` };
  }
  return { kind: 'ok', minor: Number(minor) };
}
