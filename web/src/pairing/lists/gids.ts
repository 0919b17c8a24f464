const PRODUCT_GID = /^gid:\/\/shopify\/Product\/(\d+)$/;
const VARIANT_GID = /^gid:\/\/shopify\/ProductVariant\/(\d+)$/;
const DIGITS = /^\d+$/;

/** One spelling per product: the numeric id when the input is numeric or a product GID, else the id as given. */
export function canonicalProductId(id: string): string {
  const trimmed = id.trim();
  return PRODUCT_GID.exec(trimmed)?.[1] ?? trimmed;
}

export function canonicalVariantId(id: string): string {
  const trimmed = id.trim();
  return VARIANT_GID.exec(trimmed)?.[1] ?? trimmed;
}

/** The product GID for a canonical id, or undefined when the id is not a Shopify id. */
export function productGid(id: string): string | undefined {
  const canonical = canonicalProductId(id);
  return DIGITS.test(canonical) ? `gid://shopify/Product/${canonical}` : undefined;
}

export function variantGid(id: string): string | undefined {
  const canonical = canonicalVariantId(id);
  return DIGITS.test(canonical) ? `gid://shopify/ProductVariant/${canonical}` : undefined;
}
