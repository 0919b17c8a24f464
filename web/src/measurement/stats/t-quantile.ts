/** z for a two-sided 95% interval: Φ⁻¹(0.975). */
export const Z_975 = 1.959963984540054;

/**
 * The 0.975 quantile of Student's t with `df` degrees of freedom (fractional df allowed, as Welch's
 * approximation gives), by the Cornish–Fisher expansion around the normal quantile. Within 0.1% of the exact
 * value from df ≈ 4 up; KPIs never reach a verdict with so few orders anyway.
 */
export function tQuantile975(df: number): number {
  if (!Number.isFinite(df) || df > 1e7) return Z_975;
  const z = Z_975;
  const z2 = z * z;
  const z3 = z2 * z;
  const z5 = z3 * z2;
  const z7 = z5 * z2;
  const z9 = z7 * z2;
  return (
    z +
    (z3 + z) / (4 * df) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3) +
    (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * df ** 4)
  );
}
