/** Small string helpers shared by the product builder, the SVG renderer and the CSV writer. */

/** URL handle as Shopify derives it from a title: lower case ASCII words joined by dashes. */
export function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `frenchPress` → `french-press` (kind keys as tags). */
export function kebab(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** Up to two initials of a title's first words: "Kestrel Coffee Grinder" → "KC". */
export function initials(title: string): string {
  const words = title.split(/[\s–-]+/).filter((word) => /^[\p{L}\p{N}]/u.test(word));
  return words
    .slice(0, 2)
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
