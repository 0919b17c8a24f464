/**
 * How a connection's page size scales its cost.
 *
 * Shopify's docs only say a connection is "sized by first and last arguments" and that a field's cost is
 * "based on what the field returns" (https://shopify.dev/docs/apps/build/apis/graphql-admin/rate-limits,
 * "Cost calculation"). The often-quoted rule "2 + first × child cost" is NOT what Shopify reports today:
 * a Shopify staff answer (https://community.shopify.dev/t/how-to-calculate-graphql-cost-estimates/24364)
 * says "we do incorporate logarithmic scaling into connection fields to cost them more favorably for a
 * client" and that estimates are "a static calculation" only changed at a version cutover.
 *
 * The multiplier floor(2·ln(max(2, n))) (first proposed in hrdwdmrbl/graphql-ruby,
 * lib/graphql/analysis/shopify_complexity.rb) reproduces every real figure we found — see
 * __fixtures__/observed-costs.ts: first 1 → ×1, first 5 → ×3, first 50 → ×7, first 200 → ×10, first 250 → ×11.
 * Uncertainty: Shopify calls the formula "intentionally closed"; values of n we have no observation for
 * (e.g. 2–4, 6–49) follow the curve by assumption.
 */

/** Largest page a connection may request (https://shopify.dev/docs/api/usage/pagination-graphql). */
export const MAX_PAGE_SIZE = 250;

export function connectionMultiplier(pageSize: number): number {
  if (pageSize <= 0) return 0;
  const size = Math.min(pageSize, MAX_PAGE_SIZE);
  return Math.floor(2 * Math.log(Math.max(2, size)));
}
