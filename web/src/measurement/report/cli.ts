/**
 * `npm run report -- --shop name.myshopify.com [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--out chart.svg]`: the
 * measurement KPIs as a table on stdout and an SVG chart of daily revenue per eligible checkout by arm.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../../config.js';
import { createDatabase, createStores, migrateToLatest } from '../../store/index.js';
import { parseDayRange, readKpis, refreshRollups } from '../kpis/index.js';
import { parseReportArgs, REPORT_USAGE } from './args.js';
import { renderRevenueChart } from './chart-svg.js';
import { renderKpiTable } from './table.js';

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseReportArgs(argv);
  if (parsed.kind === 'help') {
    process.stdout.write(`${REPORT_USAGE}\n`);
    return 0;
  }
  if (parsed.kind === 'error') {
    process.stderr.write(`${parsed.message}\n`);
    return 2;
  }
  const { shop, from, to, out } = parsed.args;
  const config = loadConfig();
  const database = createDatabase(config.database);
  try {
    const range = parseDayRange({ from, to }, new Date());
    await migrateToLatest(database);
    const stores = createStores(database);
    // The terminal report is run by hand: it brings the range's rollups up to date itself (the first read marks
    // rollups of an older shape for recomputing).
    await readKpis({ stores }, shop, range);
    await refreshRollups({ stores }, shop, range);
    const report = await readKpis({ stores }, shop, range);
    // npm runs workspace scripts inside web/, so a relative --out is taken under DATA_DIR (which config
    // resolves against the directory the command was typed in), never under web/.
    const chartPath = path.resolve(
      config.dataDir,
      out ?? path.join('reports', `kpis-${shop}-${range.from}-${range.to}.svg`),
    );
    await mkdir(path.dirname(chartPath), { recursive: true });
    await writeFile(chartPath, renderRevenueChart(shop, report));
    process.stdout.write(`${renderKpiTable(shop, report)}\nChart: ${chartPath}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`report failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await database.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
