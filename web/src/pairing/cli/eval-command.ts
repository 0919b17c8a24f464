import { writeFile } from 'node:fs/promises';
import { runEvaluation } from '../eval/run-evaluation.js';
import { formatEvalTable } from '../eval/report-table.js';
import { OrderLog } from '../orders/order-log.js';
import type { CliIo } from './io.js';
import { progressBar } from './progress.js';
import { readOrderLines } from './read-orders.js';

/** `eval`: reads the whole history, evaluates engine and baselines on one split, prints the table. */
export async function evalCommand(
  options: { orders: string; train: number; json: string | undefined },
  io: CliIo,
): Promise<number> {
  const started = Date.now();
  const log = new OrderLog();
  const bar = progressBar('reading orders', { write: io.stderr, interactive: io.interactive });
  await readOrderLines(options.orders, (line) => log.add(line), bar.update);
  bar.finish();
  const report = runEvaluation(log.baskets(), log.products, { trainFraction: options.train });
  const withSource = {
    ...report,
    info: { ...report.info, source: options.orders, wallMs: Date.now() - started },
  };
  io.stdout(`${formatEvalTable(withSource)}\n`);
  if (options.json !== undefined) {
    await writeFile(options.json, `${JSON.stringify(withSource, null, 2)}\n`);
    io.stderr(`wrote ${options.json}\n`);
  }
  return 0;
}
