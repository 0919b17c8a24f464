/** The buyers the preview can switch between: each a country (so a currency, via Markets) and a language. */
export const BUYERS = [
  { id: 'nl-NL', label: 'Netherlands · Nederlands · EUR', country: 'NL', language: 'nl-NL', currency: 'EUR' },
  { id: 'nb-NO', label: 'Norway · Norsk bokmål · NOK', country: 'NO', language: 'nb-NO', currency: 'NOK' },
  { id: 'de-DE', label: 'Germany · Deutsch · EUR', country: 'DE', language: 'de-DE', currency: 'EUR' },
  { id: 'en-US', label: 'United States · English · USD', country: 'US', language: 'en-US', currency: 'USD' },
] as const;

export type Buyer = (typeof BUYERS)[number];
export type BuyerId = Buyer['id'];

export function buyerById(id: string): Buyer {
  return BUYERS.find((buyer) => buyer.id === id) ?? BUYERS[0];
}
