import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const ASSETS = path.resolve(import.meta.dirname, '../../../web/frontend/dist/assets');

export interface BundleSizes {
  readonly jsFiles: number;
  readonly jsBytes: number;
  readonly jsGzip: number;
  readonly cssBytes: number;
  readonly cssGzip: number;
}

/** Raw and gzip sizes of the built admin's scripts and styles (what a merchant's browser downloads). */
export async function bundleSizes(): Promise<BundleSizes> {
  const sizes = { jsFiles: 0, jsBytes: 0, jsGzip: 0, cssBytes: 0, cssGzip: 0 };
  for (const name of await readdir(ASSETS)) {
    const content = await readFile(path.join(ASSETS, name));
    if (name.endsWith('.js')) {
      sizes.jsFiles += 1;
      sizes.jsBytes += content.length;
      sizes.jsGzip += gzipSync(content).length;
    } else if (name.endsWith('.css')) {
      sizes.cssBytes += content.length;
      sizes.cssGzip += gzipSync(content).length;
    }
  }
  return sizes;
}
