import { describe, expect, it } from '@jest/globals';
import { writeOrdersCsv } from './csv.js';
import { runDemoCli, type CliIo } from './cli-run.js';
import { streamDemoOrders } from './order-stream.js';

/** An in-memory IO: files and output captured as text. */
function memoryIo(interactive = false) {
  const files = new Map<string, string>();
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: (text) => {
      out.stdout += text;
    },
    stderr: (text) => {
      out.stderr += text;
    },
    createFile: (path) => {
      files.set(path, '');
      return {
        write: (chunk) => files.set(path, `${files.get(path) ?? ''}${chunk}`),
        close: () => undefined,
      };
    },
    interactive,
  };
  return { io, files, out };
}

describe('demo csv CLI', () => {
  it('writes orders.csv (without cancelled orders) and products.csv into --out', () => {
    // Given a small shop's options
    const { io, files, out } = memoryIo();
    // When the CLI runs
    const code = runDemoCli(
      ['csv', '--out', '/tmp/demo', '--orders', '800', '--products', '60', '--seed', '4'],
      io,
    );
    // Then it succeeds and the orders file holds the streamed orders minus the cancelled ones
    expect(code).toBe(0);
    const expected: string[] = [];
    writeOrdersCsv(
      [...streamDemoOrders({ orders: 800, products: 60, seed: 4 })].filter(
        (order) => order.cancelledAtMs === null,
      ),
      (chunk) => expected.push(chunk),
    );
    expect(files.get('/tmp/demo/orders.csv')).toBe(expected.join(''));
    expect(files.get('/tmp/demo/products.csv')?.trimEnd().split('\n')).toHaveLength(61);
    // And progress went to stderr in 10 % steps, the summary to stdout
    expect(out.stderr.trimEnd().split('\n')).toHaveLength(10);
    expect(out.stderr).toContain('demo: generating orders 800 / 800 (100 %)');
    expect(out.stdout).toMatch(
      /^wrote [\d,]+ orders \([\d,]+ lines\) to \/tmp\/demo\/orders.csv\nwrote 60 products/,
    );
  });

  it('names the products file after an --out ending in .csv and keeps cancelled orders on request', () => {
    // Given an orders file name and --include-cancelled
    const { io, files, out } = memoryIo(true);
    // When the CLI runs
    expect(
      runDemoCli(
        [
          'csv',
          '--out',
          '/tmp/x/demo-orders.csv',
          '--orders',
          '300',
          '--products',
          '40',
          '--include-cancelled',
        ],
        io,
      ),
    ).toBe(0);
    // Then both files exist, every order is written and progress redraws one line
    expect([...files.keys()].sort()).toEqual(['/tmp/x/demo-orders.csv', '/tmp/x/demo-orders.products.csv']);
    expect(out.stdout).toMatch(/^wrote 300 orders/);
    expect(out.stderr).toMatch(/^\rdemo: generating orders/);
  });

  it('rejects bad arguments with exit code 2 and a message naming them', () => {
    const cases: [string[], RegExp][] = [
      [['csv', '--out', '/tmp/d', '--bogus'], /bogus/],
      [['csv'], /--out/],
      [['export', '--out', '/tmp/d'], /"csv"/],
      [['csv', '--out', '/tmp/d', '--orders', 'many'], /--orders must be a number, got "many"/],
      [['csv', '--out', '/tmp/d', '--products', '0'], /products must be an integer ≥ 1, got 0/],
      [['csv', '--out', '/tmp/d', '--end-date', 'soon'], /endDate must be an ISO-8601 date, got "soon"/],
    ];
    for (const [argv, message] of cases) {
      // Given bad arguments
      const { io, files, out } = memoryIo();
      // Then nothing is written, the exit code is 2 and stderr says why
      expect(runDemoCli(argv, io)).toBe(2);
      expect(out.stderr).toMatch(message);
      expect(files.size).toBe(0);
    }
  });

  it('prints usage for --help', () => {
    const { io, out } = memoryIo();
    expect(runDemoCli(['--help'], io)).toBe(0);
    expect(out.stdout).toContain('Usage: demo csv --out');
  });
});
