import type { ShopSeed } from '@tandem/emulator';
import type { SimCatalog, SimVariant } from './simulation.js';

const minor = (price: string) => Math.round(Number(price) * 100);

/**
 * A simulation catalog from a seeded demo shop: tiers are the first two variants of active multi-variant
 * products, cross-sells the first variant of other active products; only variants that never run out.
 */
export function catalogFromSeed(seed: ShopSeed, size = 4): SimCatalog {
  const active = seed.products.filter((product) => product.status === 'ACTIVE');
  const plenty = active.map((product) => ({
    product,
    variants: product.variants.filter((v) => v.inventoryPolicy === 'CONTINUE' || v.inventoryQuantity >= 100),
  }));
  const tiered = plenty.filter(({ variants }) => variants.length >= 2).slice(0, size);
  const used = new Set(tiered.map(({ product }) => product.id));
  const crossSells: SimVariant[] = plenty
    .filter(({ product, variants }) => !used.has(product.id) && variants.length > 0)
    .slice(0, size)
    .map(({ variants }) => ({ id: variants[0]?.id ?? '', priceMinor: minor(variants[0]?.price ?? '0') }));
  const base = tiered.map(({ variants }) => ({
    from: { id: variants[0]?.id ?? '', priceMinor: minor(variants[0]?.price ?? '0') },
    to: { id: variants[1]?.id ?? '', priceMinor: minor(variants[1]?.price ?? '0') },
  }));
  if (base.length < 2 || crossSells.length < 2)
    throw new Error('demo seed has too few well-stocked products for the simulation');
  return { base, crossSells };
}
