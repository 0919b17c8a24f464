/** Public surface of the deterministic demo shop generator. */
export { generateDemoShop } from './shop.js';
export { streamDemoOrders } from './order-stream.js';
export { streamDemoCatalog, plantedComplements } from './catalog-stream.js';
export { toEmulatedOrder } from './order-builder.js';
export type { LineLookup } from './order-builder.js';
export { renderProductSvg } from './svg.js';
export { writeOrdersCsv, writeProductsCsv, csvField, ORDERS_CSV_HEADER, PRODUCTS_CSV_HEADER } from './csv.js';
export type { CsvOrder, CsvSink } from './csv.js';
export { DEMO_DEFAULTS } from './options.js';
export { LEGACY_ID_BASE, gid, legacyIdOf } from './ids.js';
export { VERTICALS } from './types.js';
export type {
  DemoCatalogEntry,
  DemoCatalogOptions,
  DemoLineRecord,
  DemoOrderOptions,
  DemoOrderRecord,
  DemoShopOptions,
  PlantedComplement,
  Vertical,
} from './types.js';
