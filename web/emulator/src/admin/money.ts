/**
 * Money as the Admin API serialises it. `Decimal` amounts print like Shopify's ("30.0", "12.95"); the
 * emulated shop sells in one currency, so presentment money equals shop money.
 */

export interface MoneyV2 {
  readonly amount: string;
  readonly currencyCode: string;
}

export interface MoneyBag {
  readonly shopMoney: MoneyV2;
  readonly presentmentMoney: MoneyV2;
}

/** "30.00" → "30.0", "12.50" → "12.5", "12.95" stays (Shopify's Decimal rendering). */
export function decimal(amount: string | number): string {
  const value = typeof amount === 'number' ? amount : Number(amount);
  if (!Number.isFinite(value)) throw new RangeError(`Not a money amount: ${String(amount)}`);
  const text = String(Math.round(value * 100) / 100);
  return text.includes('.') ? text : `${text}.0`;
}

export function moneyBag(amount: string | number, currencyCode: string): MoneyBag {
  const money = { amount: decimal(amount), currencyCode };
  return { shopMoney: money, presentmentMoney: money };
}

/** Sum of decimal strings, rounded to cents. */
export function sumAmounts(amounts: readonly (string | number)[]): number {
  return Math.round(amounts.reduce<number>((sum, amount) => sum + Number(amount), 0) * 100) / 100;
}
