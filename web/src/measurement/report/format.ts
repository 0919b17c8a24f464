/** Minor units → display money in the currency's own decimals (JPY has none, BHD three). */
export function formatMoney(minor: number | null, currency: string | null): string {
  if (minor === null || !Number.isFinite(minor)) return '–';
  if (currency === null) return (minor / 100).toFixed(2);
  const format = new Intl.NumberFormat('en', { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minor / 10 ** digits);
}

export function formatPercent(share: number | null, signed = false): string {
  if (share === null || !Number.isFinite(share)) return '–';
  const text = `${Math.abs(share * 100).toFixed(1)}%`;
  if (share < 0) return `−${text}`;
  return signed && share > 0 ? `+${text}` : text;
}

export const formatCount = (value: number): string => new Intl.NumberFormat('en').format(value);

/** Escapes text for XML content and attribute values. */
export const escapeXml = (text: string): string =>
  text.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c,
  );
