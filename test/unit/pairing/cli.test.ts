import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseOfferList } from '@tandem/offer-core';
import { runPairingsCli } from '@tandem/web/pairing/cli/main';

const HEADER = 'order_id,customer_id,created_at,product_id,variant_id,quantity,unit_price';

function workspace(orders: string): { dir: string; orders: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pairings-cli-'));
  writeFileSync(join(dir, 'orders.csv'), orders);
  return { dir, orders: join(dir, 'orders.csv') };
}

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runPairingsCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    interactive: false,
  });
  return { code, stdout, stderr };
}

/** Order n holds products 1 and 2 (and 3 every third order), variants 11/21/31, one day apart. */
function ordersCsv(count: number): string {
  const rows = [HEADER];
  for (let n = 1; n <= count; n++) {
    const day = new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().replace('.000', '');
    rows.push(`${n},c${n % 7},${day},1,11,1,5.00`, `${n},c${n % 7},${day},2,21,2,3.50`);
    if (n % 3 === 0) rows.push(`${n},c${n % 7},${day},3,31,1,9.00`);
  }
  return `${rows.join('\n')}\n`;
}

describe('pairings CLI', () => {
  it('mine writes one metafield value per product and a summary', async () => {
    // Given a small history
    const { dir, orders } = workspace(ordersCsv(30));
    // When mined
    const result = await run(['mine', '--orders', orders, '--out', join(dir, 'out')]);
    // Then offers.jsonl holds valid published lists, and the summary names orders, pairs and resources
    expect(result.code).toBe(0);
    const lines = readFileSync(join(dir, 'out', 'offers.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((text) => JSON.parse(text) as { product: string; value: string });
    expect(lines.map((entry) => entry.product)).toEqual([
      'gid://shopify/Product/1',
      'gid://shopify/Product/2',
      'gid://shopify/Product/3',
    ]);
    const first = parseOfferList(lines[0]?.value);
    expect(first.kind === 'ok' && first.list.offers[0]).toMatchObject({
      productId: 'gid://shopify/Product/2',
      variantId: 'gid://shopify/ProductVariant/21',
      reason: 'bought_together',
      support: 30,
    });
    expect(result.stdout).toMatch(/orders 30 \(70 lines\), products 3, pairs kept 3 of 3 seen/);
    expect(result.stdout).toMatch(/wall [\d.]+ s, peak RSS \d+ MB/);
  });

  it('eval prints the table and writes the JSON report', async () => {
    const { dir, orders } = workspace(ordersCsv(40));
    const result = await run(['eval', '--orders', orders, '--json', join(dir, 'report.json')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/tandem .*\nease .*\npopularity .*\nconfidence .*\ncosine /);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as {
      info: Record<string, unknown>;
      selection: { kind: string };
      results: { recommender: string }[];
    };
    // 40 orders are too few to compare models: the default is published, and the report says why
    expect(report.selection.kind).toBe('too_little_history');
    expect(result.stdout).toMatch(/model published: .* \(too little history\): the newest 6 orders give/);
    expect(report.info).toMatchObject({ orders: 40, trainOrders: 32, ordering: 'created_at' });
    expect(report.info.catalog).toMatch(/^none \(no --products\)/);
    expect(report.results.map((entry) => entry.recommender)).toEqual([
      'tandem',
      'ease',
      'popularity',
      'confidence',
      'cosine',
    ]);
    expect(Object.keys(report.results[0] ?? {})).toEqual(['recommender', 'hr3', 'hr10', 'coverage']);
  });

  it('eval gives the engine the catalog with --products, and names a bad catalog row', async () => {
    const { dir, orders } = workspace(ordersCsv(40));
    const products = join(dir, 'products.csv');
    writeFileSync(products, 'product_id,title,product_type,category\n1,Tea,Tea,Drinks\n2,Mug,Mug,Kitchen\n');
    const result = await run([
      'eval',
      '--orders',
      orders,
      '--products',
      products,
      '--json',
      join(dir, 'r.json'),
    ]);
    expect(result.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as { info: { catalog: string } };
    expect(report.info.catalog).toBe('products.csv: 2 products (groups and types for the engine)');

    writeFileSync(products, 'product_id,title,status\n1,Tea,gone\n');
    const bad = await run(['eval', '--orders', orders, '--products', products]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/products\.csv line 2, column status/);
    expect(bad.stdout).toBe('');
  });

  it('stops on bad input before writing anything, naming file, line and column', async () => {
    const { dir, orders } = workspace(
      `${HEADER}\n1,,2024-01-01T00:00:00Z,1,11,1,5\n1,,2024-01-01T00:00:00Z,2,21,lots,5\n`,
    );
    const result = await run(['mine', '--orders', orders, '--out', join(dir, 'out')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("orders.csv line 3, column quantity: 'lots' is not a number");
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('exits non-zero naming the line of a row the engine cannot use (a quantity ≤ 0, a negative price)', async () => {
    // Given a history whose file line 3 has quantity -1 and line 5 a negative price
    const csv = ordersCsv(6).split('\n');
    csv[2] = (csv[2] ?? '').replace(/,2,3\.50$/, ',-1,3.50');
    csv[4] = (csv[4] ?? '').replace(/,2,3\.50$/, ',2,-3.50');
    const { dir, orders } = workspace(csv.join('\n'));
    // When mined
    const result = await run(['mine', '--orders', orders, '--out', join(dir, 'out')]);
    // Then it stops at the first, naming file, line and column, and writes nothing
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('orders.csv line 3, column quantity: -1 is not a positive quantity');
    expect(existsSync(join(dir, 'out'))).toBe(false);
    // And with --skip-invalid it goes on, leaving out both rows and saying which it skipped
    const skipped = await run(['mine', '--orders', orders, '--out', join(dir, 'out'), '--skip-invalid']);
    expect(skipped.code).toBe(0);
    expect(skipped.stderr).toContain(
      'skipped 2 invalid lines (first: orders.csv line 3, column quantity: -1 is not a positive quantity)',
    );
    expect(skipped.stdout).toMatch(/orders 6 \(12 lines\)/);
    expect((await run(['eval', '--orders', orders, '--skip-invalid'])).code).toBe(0);
  });

  it('warns of orders dated in the future: the newest order anchors the time decay', async () => {
    // Given one order (three lines) dated 2999 among ordinary ones
    const csv = ordersCsv(12).replace(/^12,c5,[^,]+,/gm, '12,c5,2999-01-01T00:00:00Z,');
    const { dir, orders } = workspace(csv);
    const result = await run(['mine', '--orders', orders, '--out', join(dir, 'out')]);
    // Then mining goes on, and stderr names the first such line and how many there are
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /warning: 3 lines are dated in the future \(first: orders\.csv line 27, 2999-01-01T00:00:00\.000Z\)/,
    );
  });

  it('rejects an order whose lines are not together, and bad arguments', async () => {
    const { dir, orders } = workspace(`${HEADER}\n1,,,1,,1,\n2,,,2,,1,\n1,,,3,,1,\n`);
    expect((await run(['mine', '--orders', orders, '--out', join(dir, 'out')])).stderr).toContain(
      'orders.csv line 4, column order_id: order 1 continues here after other orders',
    );
    expect((await run(['eval'])).code).toBe(2);
    expect((await run(['eval', '--orders', orders, '--train', '1.5'])).stderr).toContain(
      '--train must be between 0 and 1',
    );
  });

  it('labels an empty history: cold-start offers only', async () => {
    const { dir, orders } = workspace(`${HEADER}\n`);
    writeFileSync(
      join(dir, 'products.csv'),
      'product_id,variant_id,title,product_type,category\n1,11,Tea,Tea,Morning\n2,21,Mug,Mug,Morning\n',
    );
    const result = await run([
      'mine',
      '--orders',
      orders,
      '--products',
      join(dir, 'products.csv'),
      '--out',
      join(dir, 'out'),
    ]);
    expect(result.stdout).toContain('no order history, cold-start offers only');
    const lines = readFileSync(join(dir, 'out', 'offers.jsonl'), 'utf8')
      .trim()
      .split('\n');
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ product: 'gid://shopify/Product/1', coldStart: true });
    expect(lines[0]).toContain('similar');
  });
});
