// Builds each extension the way Shopify CLI does for `shopify app build` (esbuild: bundled, minified ESM for
// the browser, production defines; UI extensions as one bundle registering every target) into its dist/.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { readExtensionToml } from './extension-toml.js';

export const EXTENSIONS_DIR = fileURLToPath(new URL('../../../extensions/', import.meta.url));
export const EXTENSION_NAMES = ['checkout-offers', 'checkout-offers-react', 'tandem-pixel'] as const;

export interface BuiltExtension {
  readonly name: string;
  readonly outfile: string;
  readonly metafile: Metafile;
}

/** The CLI's generated entry for a UI extension: import each target module and register it. */
function uiExtensionEntry(targets: readonly { target: string; module: string }[]): string {
  return targets
    .map(
      ({ target, module }, index) =>
        `import Target_${index} from ${JSON.stringify(module)};\nshopify.extend(${JSON.stringify(target)}, (...args) => Target_${index}(...args));`,
    )
    .join('\n');
}

export interface BuildOptions {
  /** Where the extensions live (default this checkout's extensions/; the clean-clone test passes its clone's). */
  readonly extensionsDir?: string;
  /**
   * Resolve our workspace packages from their sources (default, for the bench) or, as Shopify CLI does, from
   * their package.json `default` export: the built dist/ that `npm run build` writes.
   */
  readonly fromSources?: boolean;
}

export async function buildExtension(name: string, options: BuildOptions = {}): Promise<BuiltExtension> {
  const dir = path.join(options.extensionsDir ?? EXTENSIONS_DIR, name);
  const toml = readExtensionToml(readFileSync(path.join(dir, 'shopify.extension.toml'), 'utf8'));
  const outfile = path.join(dir, 'dist', `${toml.handle ?? name}.js`);
  const ui = toml.type === 'ui_extension';
  const result = await build({
    ...(ui
      ? {
          stdin: {
            contents: uiExtensionEntry(toml.targets),
            resolveDir: dir,
            sourcefile: 'extension-entry.js',
            loader: 'js',
          },
        }
      : { entryPoints: [path.join(dir, 'src/index.ts')] }),
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    jsx: 'automatic',
    // Sources of our own workspace packages (Shopify CLI uses their built dist/, the same code).
    ...(options.fromSources === false ? {} : { conditions: ['tandem-source'] }),
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: path.join(dir, 'tsconfig.json'),
    metafile: true,
    logLevel: 'silent',
  });
  return { name, outfile, metafile: result.metafile };
}

export async function buildExtensions(): Promise<BuiltExtension[]> {
  const built: BuiltExtension[] = [];
  for (const name of EXTENSION_NAMES) built.push(await buildExtension(name));
  return built;
}
