import type { EvalReport } from './types.js';

/** The eval as a plain-text table, engine first, with its ratio to the best baseline. */
export function formatEvalTable(report: EvalReport): string {
  const { info, results } = report;
  const baselines = results.filter((result) => result.recommender !== 'tandem');
  const best3 = Math.max(0, ...baselines.map((result) => result.hr3));
  const best10 = Math.max(0, ...baselines.map((result) => result.hr10));
  const rows = results.map((result) => {
    const ratio =
      result.recommender === 'tandem' && best3 > 0 && best10 > 0
        ? `  (×${(result.hr3 / best3).toFixed(3)} / ×${(result.hr10 / best10).toFixed(3)} best baseline)`
        : '';
    return `${result.recommender.padEnd(12)} ${result.hr3.toFixed(2).padStart(6)} ${result.hr10.toFixed(2).padStart(6)} ${result.coverage.toFixed(1).padStart(8)}${ratio}`;
  });
  return [
    `orders ${info.orders} (train ${info.trainOrders}, test ${info.testOrders}, ordered by ${info.ordering}); cases ${info.cases}; unseen targets ${info.unseenTargets}`,
    `${'recommender'.padEnd(12)} ${'HR@3'.padStart(6)} ${'HR@10'.padStart(6)} ${'coverage'.padStart(8)}`,
    ...rows,
  ].join('\n');
}
