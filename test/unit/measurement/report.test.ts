import { describe, expect, it } from '@jest/globals';
import {
  formatMoney,
  parseReportArgs,
  renderKpiTable,
  renderRevenueChart,
  rollupDay,
  summarizeKpis,
} from '@tandem/web/measurement/index';

const SHOP = 'report-test.myshopify.com';

function report() {
  const base = rollupDay({ day: '2025-03-01', checkouts: [], orders: [], funnel: [], attributions: [] });
  const arm = (checkouts: number, revenue: number) => ({
    ...base.arms.treatment,
    eligibleCheckouts: checkouts,
    convertedCheckouts: checkouts / 2,
    checkoutRevenueMinor: revenue,
    checkoutRevenueSquares: revenue * 4_000,
  });
  return summarizeKpis({ from: '2025-03-01', to: '2025-03-03' }, [
    { ...base, currency: 'EUR', arms: { treatment: arm(10, 30_000), control: arm(4, 10_000) } },
    {
      ...base,
      day: '2025-03-03',
      currency: 'EUR',
      arms: { treatment: arm(20, 50_000), control: { ...base.arms.control } },
      dataQuality: { ...base.dataQuality, malformedAttributes: 2 },
    },
  ]);
}

describe('renderKpiTable', () => {
  it('prints both arms side by side with money in the shop currency, the lift, verdict and data quality', () => {
    const text = renderKpiTable(SHOP, report());
    expect(text).toContain(`Tandem KPIs for ${SHOP}, 2025-03-01 to 2025-03-03 (EUR)`);
    expect(text).toMatch(/Eligible checkouts\s+30\s+4/);
    expect(text).toMatch(/Revenue per eligible checkout\s+€26\.67\s+€25\.00/);
    expect(text).toContain('Verdict: Not enough data yet');
    expect(text).toContain('2 malformed _tandem attributes');
  });

  it("formats minor units in each currency's own decimals", () => {
    expect(formatMoney(1_234_56, 'EUR')).toBe('€1,234.56');
    expect(formatMoney(1_234, 'JPY')).toBe('¥1,234');
    expect(formatMoney(null, 'EUR')).toBe('–');
  });
});

describe('renderRevenueChart', () => {
  it('draws one line per arm over the days, leaving a gap where an arm had no checkouts', () => {
    const svg = renderRevenueChart(`${SHOP} <&>`, report());
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('report-test.myshopify.com &lt;&amp;&gt;');
    // Treatment has days 1 and 3 (a line over the gap day is not drawn: two single points), control only day 1
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(svg).toContain('Holdout (no offers)');
    expect(svg).toContain('€30.00');
  });
});

describe('parseReportArgs', () => {
  it('needs a shop domain and takes an optional range and output path', () => {
    expect(parseReportArgs(['--shop', SHOP, '--from', '2025-03-01', '--out', 'x.svg'])).toEqual({
      kind: 'ok',
      args: { shop: SHOP, from: '2025-03-01', to: undefined, out: 'x.svg' },
    });
    expect(parseReportArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseReportArgs(['--shop', 'nope'])).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('--shop must be'),
    });
    expect(parseReportArgs(['--bogus'])).toMatchObject({ kind: 'error' });
  });
});
