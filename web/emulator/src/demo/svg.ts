/**
 * Product pictures for the demo: a small deterministic SVG per product (a department shape in a colour
 * drawn from the handle, plus the title's initials), served by the emulator at `/images/<handle>.svg`.
 */
import type { EmulatedProduct } from '../state/types.js';
import { hashSeed } from './prng.js';
import { escapeXml, initials } from './text.js';
import type { Vertical } from './types.js';

/** Hue range per department, so a category reads at a glance. */
const HUES: Readonly<Record<Vertical, readonly [number, number]>> = {
  coffee: [15, 40],
  tea: [80, 140],
  outdoor: [150, 220],
  skincare: [290, 350],
};

const SHAPES: Readonly<Record<Vertical, string>> = {
  coffee:
    '<ellipse cx="100" cy="92" rx="52" ry="66" fill="{c}"/><path d="M100 30 C80 70 120 110 100 156" stroke="{d}" stroke-width="7" fill="none"/>',
  tea: '<path d="M40 150 C40 70 110 36 164 40 C164 110 120 160 40 150 Z" fill="{c}"/><path d="M48 144 L150 54" stroke="{d}" stroke-width="5"/>',
  outdoor:
    '<path d="M18 158 L80 52 L112 104 L134 74 L184 158 Z" fill="{c}"/><path d="M80 52 L96 80 L66 80 Z" fill="{d}"/>',
  skincare:
    '<rect x="64" y="22" width="72" height="24" rx="5" fill="{d}"/><rect x="48" y="44" width="104" height="122" rx="22" fill="{c}"/>',
};

function verticalOf(product: EmulatedProduct): Vertical | null {
  for (const tag of product.tags) if (tag in HUES) return tag as Vertical;
  return null;
}

export function renderProductSvg(product: EmulatedProduct): string {
  const hash = hashSeed(product.handle);
  const vertical = verticalOf(product);
  const [lo, hi] = vertical ? HUES[vertical] : [0, 360];
  const hue = lo + (hash % (hi - lo + 1));
  const light = 46 + ((hash >>> 9) % 14);
  const colour = `hsl(${hue} 48% ${light}%)`;
  const dark = `hsl(${hue} 45% ${light - 22}%)`;
  const shape = vertical
    ? SHAPES[vertical].replaceAll('{c}', colour).replaceAll('{d}', dark)
    : `<rect x="36" y="36" width="128" height="128" rx="18" fill="${colour}"/>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200" width="200" height="200" role="img" aria-label="${escapeXml(product.title)}">`,
    `<rect width="200" height="200" fill="hsl(${hue} 40% 95%)"/>`,
    shape,
    `<text x="100" y="188" text-anchor="middle" font-family="system-ui, sans-serif" font-size="20" font-weight="700" fill="${dark}">${escapeXml(initials(product.title))}</text>`,
    '</svg>',
  ].join('');
}
