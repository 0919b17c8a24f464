import { describe, expect, it } from '@jest/globals';
import { streamDemoCatalog } from './catalog-stream.js';
import { renderProductSvg } from './svg.js';

describe('renderProductSvg', () => {
  it('draws a small deterministic SVG with the title initials and a department colour', () => {
    // Given the first products of the catalog
    const products = [...streamDemoCatalog({ products: 40 })].map((entry) => entry.product);
    for (const product of products) {
      // When rendered twice
      const svg = renderProductSvg(product);
      // Then the output is stable, a standalone SVG, small, labelled with the title
      expect(renderProductSvg(product)).toBe(svg);
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>.*<\/svg>$/s);
      expect(svg.length).toBeLessThan(1_200);
      const initials = product.title
        .split(' ')
        .slice(0, 2)
        .map((word) => word.charAt(0).toUpperCase())
        .join('');
      expect(svg).toContain(`>${initials}</text>`);
    }
    // And different products get different pictures
    expect(new Set(products.map(renderProductSvg)).size).toBe(products.length);
  });

  it('escapes markup in titles', () => {
    // Given a product whose title contains markup
    const [entry] = [...streamDemoCatalog({ products: 1 })];
    if (!entry) throw new Error('empty catalog');
    const svg = renderProductSvg({ ...entry.product, title: '<script>"x" & y</script>' });
    // Then no raw markup from the title reaches the SVG
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&#60;script&#62;&#34;x&#34; &#38; y&#60;/script&#62;');
  });
});
