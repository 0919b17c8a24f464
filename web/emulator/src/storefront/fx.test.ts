import { describe, expect, it } from '@jest/globals';
import { convertPrice, currencyForCountry, roundUpToEnding } from './fx.js';

describe('buyer-currency prices', () => {
  it('rounds up to the currency ending, never down', () => {
    expect(roundUpToEnding(12.3, 95)).toBe(12.95);
    expect(roundUpToEnding(12.96, 95)).toBe(13.95);
    expect(roundUpToEnding(12.95, 95)).toBe(12.95);
    expect(roundUpToEnding(126.5, 0)).toBe(127);
    expect(roundUpToEnding(127, 0)).toBe(127);
  });

  it('converts EUR prices with the fixed demo table and Markets-style endings', () => {
    expect(convertPrice(11, 'EUR', 'NOK')).toEqual({ amount: 127, currencyCode: 'NOK' }); // 126.50 → whole kroner
    expect(convertPrice(11, 'EUR', 'USD')).toEqual({ amount: 11.99, currencyCode: 'USD' }); // 11.88 → .99
    expect(convertPrice(11, 'EUR', 'GBP')).toEqual({ amount: 9.99, currencyCode: 'GBP' }); // 9.35 → .99
    expect(convertPrice(11, 'EUR', 'DKK')).toEqual({ amount: 82.95, currencyCode: 'DKK' }); // 82.06 → .95
    expect(convertPrice(11, 'EUR', 'CHF')).toEqual({ amount: 10.9, currencyCode: 'CHF' }); // 10.45 → .90
  });

  it('converts through EUR for other shop currencies and leaves same-currency prices untouched', () => {
    expect(convertPrice(108, 'USD', 'EUR')).toEqual({ amount: 100.95, currencyCode: 'EUR' });
    expect(convertPrice(12.34, 'EUR', 'EUR')).toEqual({ amount: 12.34, currencyCode: 'EUR' });
    expect(convertPrice(10, 'XYZ', 'NOK')).toEqual({ amount: 10, currencyCode: 'XYZ' });
  });

  it('maps countries to currencies, falling back to the shop currency', () => {
    expect(currencyForCountry('NO', 'EUR')).toBe('NOK');
    expect(currencyForCountry('NL', 'USD')).toBe('EUR');
    expect(currencyForCountry('BR', 'EUR')).toBe('EUR');
    expect(currencyForCountry(undefined, 'EUR')).toBe('EUR');
  });
});
