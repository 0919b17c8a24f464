import type { PersonalWeights } from '@tandem/offer-core';
import type { ProfileSelection } from '../profile/build-profile.js';
import type { GroupResult, PersonalReport } from './personal-types.js';

const ratio = (personal: number, plain: number): string =>
  plain > 0 ? `×${(personal / plain).toFixed(3)}` : '–';

const describeWeights = (weights: PersonalWeights, selection: ProfileSelection): string =>
  `profile ${selection.maxItems} items by ${selection.rankHalfLifeDays > 0 ? `frequency, half-life ${selection.rankHalfLifeDays} days` : 'order count'}, ${selection.maxVotes} votes;` +
  ` history ${weights.history}, again ${weights.again} × share^${weights.shareExponent}` +
  ` (half-life ${weights.againHalfLifeDays} days), due at ${weights.dueFraction} × interval, recent ${weights.recentDays} days`;

const row = (label: string, group: GroupResult): string =>
  `${label.padEnd(11)} ${String(group.cases).padStart(7)} ${group.plain.hr3.toFixed(2).padStart(6)} ${group.plain.hr10.toFixed(2).padStart(6)}` +
  ` ${group.personal.hr3.toFixed(2).padStart(6)} ${group.personal.hr10.toFixed(2).padStart(6)}` +
  `  ${ratio(group.personal.hr3, group.plain.hr3)} / ${ratio(group.personal.hr10, group.plain.hr10)}` +
  `  (targets bought before ${group.boughtBefore}, in the profile ${group.inProfile}; oracle HR@10 ${group.oracleHr10.toFixed(2)};` +
  ` without the recent rule ${group.withoutRecentRule.hr3.toFixed(2)}/${group.withoutRecentRule.hr10.toFixed(2)})`;

/** The personalised evaluation as plain text: per buyer group, the engine as today beside the personalised one. */
export function formatPersonalTable(report: PersonalReport): string {
  const tried = report.validation
    .slice(0, 5)
    .map(
      (tried) =>
        `${describeWeights(tried.weights, tried.selection)}: ${tried.hr3.toFixed(2)}/${tried.hr10.toFixed(2)}`,
    );
  return [
    "personalised (profile = the customer's orders before each order; same cases, same engine):",
    `${'buyers'.padEnd(11)} ${'cases'.padStart(7)} ${'HR@3'.padStart(6)} ${'HR@10'.padStart(6)} ${'p.HR@3'.padStart(6)} ${'p.HR@10'.padStart(6)}  personal/plain`,
    ...report.groups.map((group) => row(group.group, group)),
    row('validation', report.validationReturning),
    `chosen on the newest ${report.validationOrders} training orders' returning buyers (validation row above): ${describeWeights(report.weights, report.selection)}`,
    `  best of ${report.validation.length} tried (HR@3/HR@10):`,
    ...tried.map((line) => `  - ${line}`),
  ].join('\n');
}
