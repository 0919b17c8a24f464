export { parseReportArgs, REPORT_USAGE, type ReportArgs, type ReportArgsParse } from './args.js';
export { renderRevenueChart } from './chart-svg.js';
export { escapeXml, formatCount, formatMoney, formatPercent } from './format.js';
export { renderKpiTable } from './table.js';
