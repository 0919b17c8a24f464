// One counting run in its own process, so its peak RSS is its own:
//   tsx --conditions=tandem-source test/bench/pairings/count-pairs.ts engine|map <orders.csv>
// engine: the pairing engine's streaming path (byte-level CSV scanner, typed-array pair table, support floor).
// map: the straightforward program: readline, split(','), group lines by order, Map<"a|b", count>.
// Prints one JSON line (CountResult).
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { HistoryMiner } from '@tandem/web/pairing/mining/history-miner';
import { readOrderLines } from '@tandem/web/pairing/cli/read-orders';

export const COUNT_MODES = ['engine', 'map'] as const;
export type CountMode = (typeof COUNT_MODES)[number];

export interface CountResult {
  readonly mode: CountMode;
  readonly orders: number;
  /** Distinct pairs bought together in at least 2 orders (the support floor), as each counter found them. */
  readonly pairs: number;
  /** CPU seconds (user + system) of the process: comparable even when other work shares the machine. */
  readonly cpuSeconds: number;
  readonly wallMs: number;
  readonly peakRssMb: number;
}

/** The engine: streaming miner with typed-array hashing and the support floor. */
async function countWithEngine(
  csv: string,
): Promise<Omit<CountResult, 'wallMs' | 'peakRssMb' | 'cpuSeconds'>> {
  const history = new HistoryMiner(basename(csv));
  await readOrderLines(csv, (line) => history.add(line));
  const counts = history.finish();
  return { mode: 'engine', orders: history.orders, pairs: counts.pairsKept };
}

/** The straightforward counter: text lines, product-id strings, one Map entry per distinct pair. */
async function countWithMap(csv: string): Promise<Omit<CountResult, 'wallMs' | 'peakRssMb' | 'cpuSeconds'>> {
  const counts = new Map<string, number>();
  let columns: { order: number; product: number } | undefined;
  let current: string | undefined;
  let basket: string[] = [];
  let orders = 0;
  const flush = (): void => {
    basket.sort();
    for (let i = 0; i < basket.length; i++)
      for (let j = i + 1; j < basket.length; j++) {
        const key = `${basket[i]}|${basket[j]}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    basket = [];
  };
  for await (const line of createInterface({ input: createReadStream(csv), crlfDelay: Infinity })) {
    const cells = line.split(',');
    if (!columns) {
      columns = { order: cells.indexOf('order_id'), product: cells.indexOf('product_id') };
      continue;
    }
    const order = cells[columns.order] ?? '';
    const product = cells[columns.product] ?? '';
    if (order !== current) {
      flush();
      current = order;
      orders += 1;
    }
    if (!basket.includes(product)) basket.push(product);
  }
  flush();
  let pairs = 0;
  for (const count of counts.values()) if (count >= 2) pairs += 1;
  return { mode: 'map', orders, pairs };
}

export async function countPairs(mode: CountMode, csv: string): Promise<CountResult> {
  const started = performance.now();
  const result = mode === 'engine' ? await countWithEngine(csv) : await countWithMap(csv);
  const cpu = process.cpuUsage();
  return {
    ...result,
    wallMs: performance.now() - started,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [mode, csv] = process.argv.slice(2);
  if (!(COUNT_MODES as readonly string[]).includes(mode ?? '') || csv === undefined) {
    process.stderr.write('usage: count-pairs.ts engine|map <orders.csv>\n');
    process.exitCode = 2;
  } else {
    process.stdout.write(`${JSON.stringify(await countPairs(mode as CountMode, csv))}\n`);
  }
}
