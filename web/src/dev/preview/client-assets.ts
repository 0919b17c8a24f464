import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { NotFoundError } from '../../errors.js';

/** web/preview: the browser side of the preview (pages, styles, client sources). */
export const PREVIEW_DIR = fileURLToPath(new URL('../../../preview/', import.meta.url));
const EXTENSIONS_DIR = fileURLToPath(new URL('../../../../extensions/', import.meta.url));

/** Browser entry points under web/preview/client, bundled on first request. */
export const CLIENT_ENTRIES = ['checkout', 'sandbox', 'pixel', 'admin'] as const;
export type ClientEntry = (typeof CLIENT_ENTRIES)[number];

export const PAGES = ['checkout', 'sandbox', 'pixel', 'admin'] as const;
export type Page = (typeof PAGES)[number];

/**
 * The extensions exactly as `npm run build:extensions` (Shopify CLI's build) writes them: the preview runs the
 * deployable bundle, never the sources.
 */
export const EXTENSION_BUNDLES = {
  'checkout-offers': 'checkout-offers/dist/tandem-checkout-offers.js',
  'tandem-pixel': 'tandem-pixel/dist/tandem-pixel.js',
} as const;
export type ExtensionBundle = keyof typeof EXTENSION_BUNDLES;

const LOCALES = ['en', 'nl', 'de', 'nb'] as const;

export const isOneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);

/** Bundles of the client entries, built once per process (esbuild, ~100 ms) and kept in memory. */
export function clientBundles(): (entry: ClientEntry) => Promise<string> {
  const built = new Map<ClientEntry, Promise<string>>();
  return (entry) => {
    let bundle = built.get(entry);
    if (!bundle) {
      bundle = build({
        entryPoints: [`${PREVIEW_DIR}client/${entry}.ts`],
        bundle: true,
        write: false,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        // The offer core is consumed from its sources, as the extension build does.
        conditions: ['tandem-source'],
        sourcemap: 'inline',
        logLevel: 'silent',
      }).then((result) => result.outputFiles[0]?.text ?? '');
      // A failed build is retried on the next request (the sources may be mid-edit).
      bundle.catch(() => built.delete(entry));
      built.set(entry, bundle);
    }
    return bundle;
  };
}

export async function pageHtml(page: Page): Promise<string> {
  return readFile(`${PREVIEW_DIR}pages/${page}.html`, 'utf8');
}

export async function stylesheet(name: string): Promise<string> {
  if (!/^[a-z-]+$/.test(name)) throw new NotFoundError(`No stylesheet ${name}`);
  try {
    return await readFile(`${PREVIEW_DIR}styles/${name}.css`, 'utf8');
  } catch {
    throw new NotFoundError(`No stylesheet ${name}`);
  }
}

export async function extensionBundle(name: ExtensionBundle): Promise<string> {
  try {
    return await readFile(`${EXTENSIONS_DIR}${EXTENSION_BUNDLES[name]}`, 'utf8');
  } catch {
    throw new NotFoundError(
      `extensions/${EXTENSION_BUNDLES[name]} is not built: run \`npm run build:extensions\` (npm start does)`,
    );
  }
}

/** The checkout extension's translations; English is the default file. */
export async function extensionLocale(language: string): Promise<string> {
  const base = language.split('-')[0]?.toLowerCase() ?? '';
  if (!isOneOf(LOCALES, base)) throw new NotFoundError(`No extension locale for ${language}`);
  return readFile(
    `${EXTENSIONS_DIR}checkout-offers/locales/${base === 'en' ? 'en.default' : base}.json`,
    'utf8',
  );
}
