import type { Money, OfferVariant, ShopifyUnitPrice } from './types.js';

/**
 * The one Storefront query checkout makes: every offered variant in a single `nodes` call, priced in the
 * buyer's country and language. Validated against the vendored Storefront 2025-07 schema in the tests.
 */
export const OFFER_VARIANTS_QUERY = `query TandemOfferVariants($ids: [ID!]!, $country: CountryCode, $language: LanguageCode)
@inContext(country: $country, language: $language) {
  nodes(ids: $ids) {
    ... on ProductVariant {
      id
      title
      availableForSale
      price { amount currencyCode }
      compareAtPrice { amount currencyCode }
      image { url(transform: { maxWidth: 128, maxHeight: 128 }) altText }
      unitPrice { amount currencyCode }
      unitPriceMeasurement { quantityValue quantityUnit referenceValue referenceUnit }
      product { id title handle }
    }
  }
}`;

// A type alias (not an interface) so it satisfies the port's Record<string, unknown> parameter.
export type OfferVariantsVariables = {
  readonly ids: readonly string[];
  readonly country?: string;
  readonly language?: string;
};

const COUNTRY = /^[A-Z]{2}$/;

/**
 * Variables for OFFER_VARIANTS_QUERY. Checkout reports languages as BCP 47 ("nb-NO", "pt-BR"); the Storefront
 * LanguageCode enum wants "NB", "PT_BR". Unknown shapes are left out so the query still runs in the shop default.
 */
export function offerVariantsVariables(
  ids: readonly string[],
  country: string | undefined,
  language: string | undefined,
): OfferVariantsVariables {
  const languageCode = language?.replace('-', '_').toUpperCase();
  const useRegion = languageCode !== undefined && /^(PT_BR|PT_PT|ZH_CN|ZH_TW)$/.test(languageCode);
  const lang = languageCode === undefined ? undefined : useRegion ? languageCode : languageCode.split('_')[0];
  return {
    ids: [...ids],
    ...(country !== undefined && COUNTRY.test(country) ? { country } : {}),
    ...(lang !== undefined && /^[A-Z]{2,3}(_[A-Z]{2})?$/.test(lang) ? { language: lang } : {}),
  };
}

function toMoney(raw: unknown): Money | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { amount, currencyCode } = raw as { amount?: unknown; currencyCode?: unknown };
  const value = typeof amount === 'string' || typeof amount === 'number' ? Number(amount) : Number.NaN;
  if (!Number.isFinite(value) || value < 0 || typeof currencyCode !== 'string') return undefined;
  return { amount: value, currencyCode };
}

/** Shopify's unit price, only when it is complete: a price and a measurement with a positive quantity. */
function toUnitPrice(price: unknown, measurement: unknown): ShopifyUnitPrice | undefined {
  const money = toMoney(price);
  if (!money || typeof measurement !== 'object' || measurement === null) return undefined;
  const raw = measurement as Record<string, unknown>;
  const { quantityValue, quantityUnit, referenceValue, referenceUnit } = raw;
  if (typeof quantityValue !== 'number' || !(quantityValue > 0) || typeof referenceValue !== 'number')
    return undefined;
  if (typeof quantityUnit !== 'string' || typeof referenceUnit !== 'string') return undefined;
  return { price: money, quantityValue, quantityUnit, referenceValue, referenceUnit };
}

function toVariant(node: unknown): OfferVariant | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  const raw = node as Record<string, unknown>;
  const product = raw.product as Record<string, unknown> | null | undefined;
  const price = toMoney(raw.price);
  if (typeof raw.id !== 'string' || !price || typeof product !== 'object' || product === null)
    return undefined;
  if (
    typeof product.id !== 'string' ||
    typeof product.title !== 'string' ||
    typeof product.handle !== 'string'
  )
    return undefined;
  const image = raw.image as { url?: unknown; altText?: unknown } | null | undefined;
  const unitPrice = toUnitPrice(raw.unitPrice, raw.unitPriceMeasurement);
  return {
    id: raw.id,
    productId: product.id,
    productTitle: product.title,
    handle: product.handle,
    title: typeof raw.title === 'string' ? raw.title : '',
    availableForSale: raw.availableForSale === true,
    price,
    compareAtPrice: toMoney(raw.compareAtPrice),
    image:
      image && typeof image.url === 'string'
        ? { url: image.url, altText: typeof image.altText === 'string' ? image.altText : undefined }
        : undefined,
    ...(unitPrice ? { unitPrice } : {}),
  };
}

/**
 * Reads the query result into variants by id. Nodes that are missing, deleted (null) or not variants are
 * simply absent: the decision treats an unknown variant as unavailable.
 */
export function parseOfferVariants(data: unknown): ReadonlyMap<string, OfferVariant> {
  const variants = new Map<string, OfferVariant>();
  const nodes = typeof data === 'object' && data !== null ? (data as { nodes?: unknown }).nodes : undefined;
  if (!Array.isArray(nodes)) return variants;
  for (const node of nodes) {
    const variant = toVariant(node);
    if (variant) variants.set(variant.id, variant);
  }
  return variants;
}
