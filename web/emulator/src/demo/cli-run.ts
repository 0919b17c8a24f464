/**
 * `demo csv`: writes the demo shop's orders.csv and products.csv in the normalised format the pairing CLI
 * reads, streamed (1M orders in bounded memory), with a progress line on stderr. cli.ts is the process
 * entry and supplies the file system; this module takes it as `CliIo` so tests can run it.
 */
import { streamDemoCatalog } from './catalog-stream.js';
import { DEMO_CLI_USAGE, parseDemoArgs, type CsvJob } from './cli-args.js';
import { writeOrdersCsv, writeProductsCsv } from './csv.js';
import { resolveOptions } from './options.js';
import { streamDemoOrders } from './order-stream.js';
import type { DemoOrderRecord } from './types.js';

/** A file the CLI writes to. */
export interface CliFile {
  write(chunk: string): void;
  close(): void;
}

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Creates (or truncates) the file, creating missing directories. */
  readonly createFile: (path: string) => CliFile;
  /** A terminal redraws one progress line; a log gets a line per 10 %. */
  readonly interactive: boolean;
}

/** Runs the CLI; returns the process exit code (0 ok, 2 bad arguments). */
export function runDemoCli(argv: readonly string[], io: CliIo): number {
  const parsed = parseDemoArgs(argv);
  switch (parsed.kind) {
    case 'help':
      io.stdout(`${DEMO_CLI_USAGE}\n`);
      return 0;
    case 'error':
      io.stderr(`demo: ${parsed.message}\n\n${DEMO_CLI_USAGE}\n`);
      return 2;
    case 'csv':
      writeDemoCsv(parsed.job, io);
      return 0;
  }
}

function* withProgress(
  orders: Iterable<DemoOrderRecord>,
  total: number,
  report: (done: number) => void,
): Generator<DemoOrderRecord> {
  const step = Math.max(1, Math.floor(total / 100));
  let done = 0;
  for (const order of orders) {
    done += 1;
    if (done % step === 0 || done === total) report(done);
    yield order;
  }
}

function* withoutCancelled(orders: Iterable<DemoOrderRecord>): Generator<DemoOrderRecord> {
  for (const order of orders) if (order.cancelledAtMs === null) yield order;
}

function writeDemoCsv(job: CsvJob, io: CliIo): void {
  const total = resolveOptions(job.options).orders;
  const fmt = (n: number): string => n.toLocaleString('en');
  const products = io.createFile(job.productsPath);
  const productCount = writeProductsCsv(streamDemoCatalog(job.options), (chunk) => products.write(chunk));
  products.close();

  const file = io.createFile(job.ordersPath);
  const progress = (done: number): void => {
    const percent = Math.round((100 * done) / total);
    if (job.quiet || (!io.interactive && percent % 10 !== 0)) return;
    const text = `demo: generating orders ${fmt(done)} / ${fmt(total)} (${percent} %)`;
    io.stderr(io.interactive ? `\r${text}` : `${text}\n`);
  };
  const orders = withProgress(streamDemoOrders(job.options), total, progress);
  const written = writeOrdersCsv(job.includeCancelled ? orders : withoutCancelled(orders), (chunk) =>
    file.write(chunk),
  );
  file.close();
  if (!job.quiet && io.interactive && total > 0) io.stderr('\n');
  io.stdout(
    `wrote ${fmt(written.orders)} orders (${fmt(written.lines)} lines) to ${job.ordersPath}\n` +
      `wrote ${fmt(productCount)} products to ${job.productsPath}\n`,
  );
}
