import type { EvalReport } from './types.js';

/** The simple rules the engine is measured against (the `ease` reference row is not one of them). */
const BASELINE_NAMES: readonly string[] = ['popularity', 'confidence', 'cosine'];

/** The eval as a plain-text table, engine first, with its ratio to the best baseline. */
export function formatEvalTable(report: EvalReport): string {
  const { info, results } = report;
  const baselines = results.filter((result) => BASELINE_NAMES.includes(result.recommender));
  const best3 = Math.max(0, ...baselines.map((result) => result.hr3));
  const best10 = Math.max(0, ...baselines.map((result) => result.hr10));
  const rows = results.map((result) => {
    const ratio =
      result.recommender === 'tandem' && best3 > 0 && best10 > 0
        ? `  (×${(result.hr3 / best3).toFixed(3)} / ×${(result.hr10 / best10).toFixed(3)} best baseline)`
        : '';
    return `${result.recommender.padEnd(12)} ${result.hr3.toFixed(2).padStart(6)} ${result.hr10.toFixed(2).padStart(6)} ${result.coverage.toFixed(1).padStart(8)}${ratio}`;
  });
  const { selection } = report;
  const chosen = selection
    ? [
        `model published: ${selection.chosen.label} (${selection.kind.replaceAll('_', ' ')}): ${selection.reason}`,
        ...(selection.kind === 'too_little_history'
          ? []
          : [
              `  validation (${selection.split.trainOrders} orders learned, newest ${selection.split.validationOrders} held out): ` +
                [...selection.candidates, ...selection.baselines]
                  .map((score) => `${score.id} ${score.hr3.toFixed(2)}/${score.hr10.toFixed(2)}`)
                  .join(', '),
            ]),
      ]
    : [];
  return [
    `orders ${info.orders} (train ${info.trainOrders}, test ${info.testOrders}, ordered by ${info.ordering}); cases ${info.cases}; unseen targets ${info.unseenTargets}`,
    `${'recommender'.padEnd(12)} ${'HR@3'.padStart(6)} ${'HR@10'.padStart(6)} ${'coverage'.padStart(8)}`,
    ...rows,
    ...chosen,
    ...(typeof info.ease === 'string' ? [`ease: ${info.ease}`] : []),
  ].join('\n');
}
