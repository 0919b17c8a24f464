// Bundle budget: raw, gzip and brotli size of each built extension and its five largest modules.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { buildExtensions, type BuiltExtension } from './build-extensions.js';

/** Shopify rejects a UI extension bundle above 64 KB compressed. */
export const LIMIT_BYTES = 64 * 1024;
/** Our own goal for the deployable Preact view. */
export const PREACT_GOAL_BYTES = 24 * 1024;

export interface BundleSize {
  readonly name: string;
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
  readonly topModules: readonly { readonly path: string; readonly bytes: number }[];
  /** Over Shopify's limit, measured on the larger compressed size (gzip). */
  readonly overLimit: boolean;
}

export function measure(built: BuiltExtension): BundleSize {
  const code = readFileSync(built.outfile);
  const output = Object.values(built.metafile.outputs)[0];
  const topModules = Object.entries(output?.inputs ?? {})
    .map(([path, input]) => ({ path, bytes: input.bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 5);
  const gzip = gzipSync(code, { level: 9 }).length;
  const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return {
    name: built.name,
    raw: code.length,
    gzip,
    brotli,
    topModules,
    overLimit: Math.max(gzip, brotli) > LIMIT_BYTES,
  };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export function formatReport(sizes: readonly BundleSize[]): string {
  const lines = ['extension                 raw        gzip       brotli     budget'];
  for (const size of sizes) {
    const goal =
      size.name === 'checkout-offers'
        ? ` (goal ${kb(PREACT_GOAL_BYTES)}: ${size.gzip <= PREACT_GOAL_BYTES ? 'met' : 'missed'})`
        : '';
    lines.push(
      `${size.name.padEnd(26)}${kb(size.raw).padEnd(11)}${kb(size.gzip).padEnd(11)}${kb(size.brotli).padEnd(11)}${size.overLimit ? 'OVER 64 KB' : 'ok'}${goal}`,
    );
    for (const module of size.topModules) lines.push(`    ${kb(module.bytes).padStart(9)}  ${module.path}`);
  }
  return lines.join('\n');
}

/** Builds every extension and reports its sizes; the caller decides what to do when one is over the limit. */
export async function runBundleBench(log: (line: string) => void = console.log): Promise<BundleSize[]> {
  const sizes = (await buildExtensions()).map(measure);
  log(formatReport(sizes));
  return sizes;
}
