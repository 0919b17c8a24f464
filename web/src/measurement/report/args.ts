import { parseArgs } from 'node:util';
import { isShopDomain } from '../../domain/shop.js';

export const REPORT_USAGE = `Usage: npm run report -- --shop <name.myshopify.com> [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--out chart.svg]

Prints the shop's measurement KPIs (treatment vs holdout, lift with 95% intervals, verdict) for the inclusive
range of UTC days (default: the last 30) and writes an SVG chart of daily revenue per eligible checkout by arm
(default: <DATA_DIR>/reports/kpis-<shop>-<from>-<to>.svg; a relative --out is under DATA_DIR too). Reads the
database the app is configured with.`;

export interface ReportArgs {
  readonly shop: string;
  readonly from: string | undefined;
  readonly to: string | undefined;
  readonly out: string | undefined;
}

export type ReportArgsParse =
  | { readonly kind: 'ok'; readonly args: ReportArgs }
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly message: string };

export function parseReportArgs(argv: readonly string[]): ReportArgsParse {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        shop: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    return {
      kind: 'error',
      message: `${error instanceof Error ? error.message : String(error)}\n\n${REPORT_USAGE}`,
    };
  }
  if (values.help) return { kind: 'help' };
  if (!isShopDomain(values.shop))
    return {
      kind: 'error',
      message: `--shop must be a name.myshopify.com domain (got ${values.shop ?? 'nothing'})\n\n${REPORT_USAGE}`,
    };
  return { kind: 'ok', args: { shop: values.shop, from: values.from, to: values.to, out: values.out } };
}
