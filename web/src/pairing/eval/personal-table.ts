import type { PersonalReport } from './personal-types.js';

const ratio = (personal: number, plain: number): string =>
  plain > 0 ? `×${(personal / plain).toFixed(3)}` : '–';

/** The personalised evaluation as plain text: per buyer group, the engine as today beside the personalised one. */
export function formatPersonalTable(report: PersonalReport): string {
  const { weights } = report;
  const rows = report.groups.map(
    (group) =>
      `${group.group.padEnd(11)} ${String(group.cases).padStart(7)} ${group.plain.hr3.toFixed(2).padStart(6)} ${group.plain.hr10.toFixed(2).padStart(6)}` +
      ` ${group.personal.hr3.toFixed(2).padStart(6)} ${group.personal.hr10.toFixed(2).padStart(6)}` +
      `  ${ratio(group.personal.hr3, group.plain.hr3)} / ${ratio(group.personal.hr10, group.plain.hr10)}` +
      `  (${group.boughtBefore} targets bought before; without the recent rule ${group.withoutRecentRule.hr3.toFixed(2)}/${group.withoutRecentRule.hr10.toFixed(2)})`,
  );
  const tried = report.validation
    .slice(0, 5)
    .map(
      (row) =>
        `history ${row.weights.history} again ${row.weights.again} half-life ${row.weights.againHalfLifeDays} due ${row.weights.dueFraction}: ${row.hr3.toFixed(2)}/${row.hr10.toFixed(2)}`,
    );
  return [
    "personalised (profile = the customer's orders before each order; same cases, same engine):",
    `${'buyers'.padEnd(11)} ${'cases'.padStart(7)} ${'HR@3'.padStart(6)} ${'HR@10'.padStart(6)} ${'p.HR@3'.padStart(6)} ${'p.HR@10'.padStart(6)}  personal/plain`,
    ...rows,
    `weights chosen on the newest ${report.validationOrders} training orders' returning buyers: history ${weights.history}, again ${weights.again} (half-life ${weights.againHalfLifeDays} days), due at ${weights.dueFraction} × interval, recent ${weights.recentDays} days`,
    `  best of ${report.validation.length} tried (HR@3/HR@10): ${tried.join('; ')}`,
  ].join('\n');
}
