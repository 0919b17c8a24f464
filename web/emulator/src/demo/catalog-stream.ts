/**
 * The catalog, materialised one product at a time (bounded memory for 50k products), and the ground
 * truth of planted complements for the same options.
 */
import { buildCatalogModel, type CatalogModel } from './catalog-model.js';
import { gid, LEGACY_ID_BASE } from './ids.js';
import { resolveOptions, type ResolvedOptions } from './options.js';
import { buildProduct } from './product-builder.js';
import { resolveWindow } from './timeline.js';
import type { DemoCatalogEntry, DemoOrderOptions, PlantedComplement } from './types.js';
import { VERTICAL_INFO } from './vocab/index.js';

export function catalogModelFor(options: ResolvedOptions): CatalogModel {
  return buildCatalogModel(options.seed, options.products, resolveWindow(options.endDate, options.months));
}

export function* materialiseCatalog(model: CatalogModel): Generator<DemoCatalogEntry, void, undefined> {
  const handles = new Set<string>();
  for (const spec of model.specs) {
    yield {
      product: buildProduct(spec, model.variantStart[spec.index] as number, model.specs.length, handles),
      category: VERTICAL_INFO[spec.kind.vertical].title,
    };
  }
}

/** Streams the catalog for these options (the same products `generateDemoShop` returns). */
export function* streamDemoCatalog(
  options: DemoOrderOptions = {},
): Generator<DemoCatalogEntry, void, undefined> {
  yield* materialiseCatalog(catalogModelFor(resolveOptions(options)));
}

/**
 * Ground truth for tests and evaluation: every planted (from → to) product pair with its strength.
 * Depends only on seed and product count (planting ignores dates and orders).
 */
export function plantedComplements(seedOrOptions: number | DemoOrderOptions = {}): PlantedComplement[] {
  const options = resolveOptions(typeof seedOrOptions === 'number' ? { seed: seedOrOptions } : seedOrOptions);
  const model = catalogModelFor(options);
  return model.specs.flatMap((spec) =>
    (model.planting.links[spec.index] ?? []).flatMap((link) =>
      link.targets.map((target): PlantedComplement => {
        const fromLegacyId = LEGACY_ID_BASE.Product + spec.index;
        const toLegacyId = LEGACY_ID_BASE.Product + target;
        return {
          from: gid('Product', fromLegacyId),
          to: gid('Product', toLegacyId),
          fromLegacyId,
          toLegacyId,
          strength: link.strength,
          groupSize: link.targets.length === 2 ? 3 : 2,
          rule: `${spec.kind.key}->${model.specs[target]?.kind.key ?? '?'}`,
        };
      }),
    ),
  );
}
