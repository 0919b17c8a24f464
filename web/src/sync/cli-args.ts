import { isShopDomain } from '../domain/shop.js';
import { SYNC_KINDS, SYNC_PATHS, type SyncKind, type SyncPath } from '../domain/sync-run.js';

export const SYNC_CLI_USAGE = `Usage: npm run sync -- --shop <name.myshopify.com> [options]

Syncs one installed shop's catalog and orders into the app's database (resumes an interrupted run).

Options:
  --shop <domain>        the shop, e.g. tandem-demo.myshopify.com (required)
  --kind <kind>          full (default), incremental or reconcile
  --path <path>          force paged or bulk (default: chosen from the shop's counts)
  --all-orders           sync every order, not only the last 60 days (needs read_all_orders)
  --help                 show this text`;

export interface SyncCliArgs {
  readonly shop: string;
  readonly kind: SyncKind;
  readonly path: SyncPath | undefined;
  readonly allOrders: boolean | undefined;
}

export type ParsedSyncCliArgs =
  | { readonly kind: 'run'; readonly args: SyncCliArgs }
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly message: string };

/** Parses argv (without node and script); every problem is named, with the usage text. */
export function parseSyncCliArgs(argv: readonly string[]): ParsedSyncCliArgs {
  let shop: string | undefined;
  let kind: SyncKind = 'full';
  let path: SyncPath | undefined;
  let allOrders: boolean | undefined;
  const problems: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = (): string | undefined => {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) {
        problems.push(`${flag} needs a value`);
        return undefined;
      }
      i += 1;
      return next;
    };
    if (flag === '--help' || flag === '-h') return { kind: 'help' };
    else if (flag === '--shop') shop = value();
    else if (flag === '--kind') {
      const given = value();
      if (given !== undefined && !SYNC_KINDS.includes(given as SyncKind))
        problems.push(`--kind must be one of ${SYNC_KINDS.join(', ')} (got "${given}")`);
      else if (given !== undefined) kind = given as SyncKind;
    } else if (flag === '--path') {
      const given = value();
      if (given !== undefined && !SYNC_PATHS.includes(given as SyncPath))
        problems.push(`--path must be one of ${SYNC_PATHS.join(', ')} (got "${given}")`);
      else if (given !== undefined) path = given as SyncPath;
    } else if (flag === '--all-orders') allOrders = true;
    else problems.push(`unknown option ${flag}`);
  }
  if (shop === undefined) problems.push('--shop is required');
  else if (!isShopDomain(shop)) problems.push(`--shop must be a name.myshopify.com domain (got "${shop}")`);
  if (problems.length > 0 || shop === undefined)
    return { kind: 'error', message: `${problems.join('\n')}\n\n${SYNC_CLI_USAGE}` };
  return { kind: 'run', args: { shop, kind, path, allOrders } };
}
