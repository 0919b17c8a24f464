import { basename } from 'node:path';
import { ProductRowParser } from '../csv/product-rows.js';
import { readCsv } from './read-csv.js';

/** Reads a catalog CSV (`--products`); bad rows throw a CsvError naming file, line and column. */
export async function readCatalogRows(path: string): Promise<ProductRowParser> {
  const rows = new ProductRowParser(basename(path));
  await readCsv(path, (fields, line) => rows.add(fields, line));
  return rows;
}
