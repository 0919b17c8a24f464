import type { ArmKpis, KpiReport } from '../kpis/report-types.js';
import type { LiftInterval } from '../stats/lift.js';
import { formatCount, formatMoney, formatPercent } from './format.js';

type Row = readonly [label: string, treatment: string, holdout: string];

function rows(report: KpiReport): Row[] {
  const { treatment, control } = report.arms;
  const money = (value: number | null) => formatMoney(value, report.currency);
  const row = (label: string, cell: (arm: ArmKpis) => string): Row => [label, cell(treatment), cell(control)];
  return [
    row('Eligible checkouts', (a) => formatCount(a.eligibleCheckouts)),
    row('Orders', (a) => formatCount(a.orders)),
    row('Conversion rate', (a) => formatPercent(a.conversionRate)),
    row('Average order value', (a) => money(a.aovMinor)),
    row('Revenue per eligible checkout', (a) => money(a.revenuePerEligibleCheckoutMinor)),
    row('Attach rate', (a) => formatPercent(a.attachRate)),
    row('Offer click-through', (a) => formatPercent(a.offerCtr)),
    row('Impressions', (a) => formatCount(a.impressions)),
    row('Adds / upgrades', (a) => `${formatCount(a.adds)} / ${formatCount(a.upgrades)}`),
    row('Dismissals', (a) => formatCount(a.dismissals)),
    row('Attributed revenue', (a) => money(a.attributedRevenueMinor)),
    row('Repeat purchase (offer takers)', (a) => formatPercent(a.repeatPurchaseRate)),
  ];
}

const lift = (name: string, interval: LiftInterval | null) =>
  interval === null
    ? `${name}: –`
    : `${name}: ${formatPercent(interval.estimate, true)} (95% CI ${formatPercent(interval.low, true)} to ${formatPercent(interval.high, true)})`;

/** The report as a plain-text table for a terminal. */
export function renderKpiTable(shop: string, report: KpiReport): string {
  const body = rows(report);
  const header: Row = ['', 'Treatment', 'Holdout'];
  const width = (column: 0 | 1 | 2) => Math.max(...[header, ...body].map((row) => row[column].length));
  const line = (row: Row) =>
    `${row[0].padEnd(width(0))}  ${row[1].padStart(width(1))}  ${row[2].padStart(width(2))}`;
  const { attributed, dataQuality: q } = report;
  const money = (value: number) => formatMoney(value, report.currency);
  return [
    `Tandem KPIs for ${shop}, ${report.from} to ${report.to}${report.currency ? ` (${report.currency})` : ''}`,
    '',
    line(header),
    ...body.map(line),
    '',
    lift('Lift of revenue per eligible checkout', report.lift.revenuePerEligibleCheckout),
    lift('Lift of conversion', report.lift.conversion),
    `Verdict: ${report.verdict.message}`,
    '',
    `Attributed revenue: ${money(attributed.revenueMinor)} (cross-sells ${money(attributed.byKind.xsell.revenueMinor)} on ${formatCount(attributed.byKind.xsell.orders)} orders, upgrades ${money(attributed.byKind.upgrade.revenueMinor)} on ${formatCount(attributed.byKind.upgrade.orders)} orders)`,
    `Data quality: ${q.malformedAttributes} malformed _tandem attributes, ${q.armMismatches} arm mismatches, ${q.unpricedUpgrades} unpriced upgrades, ${q.ordersWithoutArm} orders without an arm`,
  ].join('\n');
}
