import type { Arm } from '../../domain/event.js';
import type { KpiReport } from '../kpis/report-types.js';
import { escapeXml, formatMoney } from './format.js';

const WIDTH = 860;
const HEIGHT = 380;
const MARGIN = { top: 48, right: 24, bottom: 56, left: 84 };
const SERIES: readonly {
  readonly arm: Arm;
  readonly label: string;
  readonly color: string;
  readonly dash: string;
}[] = [
  { arm: 'treatment', label: 'Treatment (offers shown)', color: '#2c6ecb', dash: '' },
  { arm: 'control', label: 'Holdout (no offers)', color: '#8c9196', dash: '6 4' },
];

/** A round step giving about `ticks` intervals up to `max`. */
function niceStep(max: number, ticks: number): number {
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 5, 10].find((factor) => factor * power >= raw) ?? 10) * power;
}

/**
 * Daily revenue per eligible checkout by arm as a standalone SVG line chart. A day on which an arm had no
 * eligible checkout is a gap in its line, not a zero.
 */
export function renderRevenueChart(shop: string, report: KpiReport): string {
  const days = report.days;
  const values = days.flatMap((day) =>
    SERIES.map(({ arm }) => day[arm].revenuePerEligibleCheckoutMinor ?? 0),
  );
  const step = niceStep(Math.max(1, ...values), 5);
  const top = Math.ceil(Math.max(1, ...values) / step) * step;
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (index: number) =>
    MARGIN.left + (days.length <= 1 ? plotW / 2 : (index * plotW) / (days.length - 1));
  const y = (value: number) => MARGIN.top + plotH - (value / top) * plotH;
  const parts: string[] = [];
  parts.push(`<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`);
  parts.push(
    `<text x="${MARGIN.left}" y="24" font-size="16" font-weight="600">${escapeXml(`Revenue per eligible checkout — ${shop}, ${report.from} to ${report.to}`)}</text>`,
  );
  for (let value = 0; value <= top + step / 2; value += step) {
    parts.push(
      `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(value).toFixed(1)}" y2="${y(value).toFixed(1)}" stroke="#e1e3e5"/>`,
    );
    parts.push(
      `<text x="${MARGIN.left - 8}" y="${(y(value) + 4).toFixed(1)}" font-size="11" text-anchor="end">${escapeXml(formatMoney(value, report.currency))}</text>`,
    );
  }
  const labelEvery = Math.max(1, Math.ceil(days.length / 8));
  days.forEach((day, index) => {
    if (index % labelEvery !== 0 && index !== days.length - 1) return;
    parts.push(
      `<text x="${x(index).toFixed(1)}" y="${HEIGHT - MARGIN.bottom + 18}" font-size="11" text-anchor="middle">${day.day.slice(5)}</text>`,
    );
  });
  for (const series of SERIES) {
    let segment: string[] = [];
    const flush = () => {
      if (segment.length > 1)
        parts.push(
          `<polyline fill="none" stroke="${series.color}" stroke-width="2"${series.dash ? ` stroke-dasharray="${series.dash}"` : ''} points="${segment.join(' ')}"/>`,
        );
      if (segment.length === 1)
        parts.push(
          `<circle cx="${segment[0]?.split(',')[0]}" cy="${segment[0]?.split(',')[1]}" r="2.5" fill="${series.color}"/>`,
        );
      segment = [];
    };
    days.forEach((day, index) => {
      const value = day[series.arm].revenuePerEligibleCheckoutMinor;
      if (value === null) return flush();
      segment.push(`${x(index).toFixed(1)},${y(value).toFixed(1)}`);
    });
    flush();
  }
  SERIES.forEach((series, index) => {
    const left = MARGIN.left + index * 240;
    parts.push(
      `<line x1="${left}" x2="${left + 24}" y1="${HEIGHT - 16}" y2="${HEIGHT - 16}" stroke="${series.color}" stroke-width="2"${series.dash ? ` stroke-dasharray="${series.dash}"` : ''}/>`,
    );
    parts.push(`<text x="${left + 30}" y="${HEIGHT - 12}" font-size="12">${escapeXml(series.label)}</text>`);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="-apple-system, 'Segoe UI', Roboto, sans-serif">\n${parts.join('\n')}\n</svg>\n`;
}
