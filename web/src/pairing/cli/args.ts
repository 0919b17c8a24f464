import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

export const PAIRINGS_USAGE = `Usage: npm run pairings -- <command> [options]

Commands:
  eval --orders <orders.csv> [--products products.csv] [--train 0.8] [--json out.json] [--no-ease]
       [--skip-invalid] [--personal]
      Offline evaluation (time-ordered split, leave-one-out HR@3/HR@10) of the engine as a shop would
      publish it (model selected on the newest training orders) beside dense EASE^R (catalogs up to
      5,000 products; --no-ease skips it) and the popularity, confidence and cosine baselines. With
      --products the engine also sees the catalog's product types, collections (or category) and
      vendors, as it does in production. --personal adds the personalised evaluation (orders need
      customer_id and created_at): each returning customer's test order is offered with a profile of
      their earlier orders; returning, first-time and guest buyers are reported apart.
  mine --orders <orders.csv> --out <dir> [--products products.csv] [--max-offers 12] [--half-life DAYS]
       [--skip-invalid]
      Mines the history and writes <dir>/offers.jsonl: one line per product with its metafield value.

Relative paths resolve against --cwd <dir> when given (npm scripts pass the caller's directory), else the
working directory. The orders CSV has the columns
order_id,customer_id,created_at,product_id,variant_id,quantity,unit_price. A bad line (not a number, a quantity
≤ 0, a negative price) stops the run naming file, line and column (exit 1); --skip-invalid leaves such lines out
and counts them instead. Lines dated in the future are read, with a warning.`;

export type PairingsCommand =
  | {
      readonly kind: 'eval';
      readonly orders: string;
      readonly products: string | undefined;
      readonly train: number;
      readonly json: string | undefined;
      readonly ease: boolean;
      readonly skipInvalid: boolean;
      readonly personal: boolean;
    }
  | {
      readonly kind: 'mine';
      readonly orders: string;
      readonly out: string;
      readonly products: string | undefined;
      readonly maxOffers: number | undefined;
      readonly halfLifeDays: number | undefined;
      readonly skipInvalid: boolean;
    }
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly message: string };

/** argv (after the script) to a command; never throws. */
export function parsePairingsArgs(argv: readonly string[]): PairingsCommand {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        orders: { type: 'string' },
        train: { type: 'string' },
        json: { type: 'string' },
        out: { type: 'string' },
        products: { type: 'string' },
        'max-offers': { type: 'string' },
        'half-life': { type: 'string' },
        cwd: { type: 'string' },
        help: { type: 'boolean', default: false },
        'no-ease': { type: 'boolean', default: false },
        'skip-invalid': { type: 'boolean', default: false },
        personal: { type: 'boolean', default: false },
      },
    });
    const [command, ...extra] = positionals;
    if (values.help || command === undefined || command === 'help') return { kind: 'help' };
    if (extra.length > 0) return { kind: 'error', message: `unexpected argument ${extra[0]}` };
    if (!values.orders) return { kind: 'error', message: 'missing --orders <orders.csv>' };
    // npm runs workspace scripts in the workspace folder; --cwd carries the caller's folder (argv, not env).
    const path = (value: string): string => resolve(values.cwd || '.', value);
    if (command === 'eval') {
      const train = numberOption('train', values.train) ?? 0.8;
      if (!(train > 0 && train < 1))
        return { kind: 'error', message: `--train must be between 0 and 1, got ${values.train}` };
      return {
        kind: 'eval',
        orders: path(values.orders),
        products: values.products === undefined ? undefined : path(values.products),
        train,
        json: values.json === undefined ? undefined : path(values.json),
        ease: !values['no-ease'],
        skipInvalid: values['skip-invalid'],
        personal: values.personal,
      };
    }
    if (command === 'mine') {
      if (!values.out) return { kind: 'error', message: 'missing --out <dir>' };
      const maxOffers = numberOption('max-offers', values['max-offers']);
      if (maxOffers !== undefined && !(Number.isInteger(maxOffers) && maxOffers >= 0))
        return { kind: 'error', message: '--max-offers must be a whole number' };
      const halfLifeDays = numberOption('half-life', values['half-life']);
      return {
        kind: 'mine',
        orders: path(values.orders),
        out: path(values.out),
        products: values.products === undefined ? undefined : path(values.products),
        maxOffers,
        halfLifeDays,
        skipInvalid: values['skip-invalid'],
      };
    }
    return { kind: 'error', message: `unknown command ${command}` };
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

function numberOption(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value))
    throw new RangeError(`--${name} must be a number, got ${JSON.stringify(text)}`);
  return value;
}
