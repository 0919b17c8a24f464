/**
 * `npm run bench:simulation`: the measurement study, 200 seeded repetitions per arm of the whole in-process
 * pipeline (test/integration/measurement/support/study.ts). With a true effect, the 95% interval must cover the
 * true lift in ≥ 90% of runs and attribution must be exact in every run; with no effect, "likely positive" may be
 * claimed in ≤ 5% of runs. Prints each rate beside its nominal one, writes test/artifacts/measurement/
 * simulation.json, and exits 1 when a claim fails. Deterministic for the seeds. Option: --repetitions N.
 * The suite keeps a few seeds of it as a smoke test (test/integration/measurement/simulation.test.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  NO_EFFECT,
  runStudy,
  WITH_EFFECT,
  type StudyResult,
} from '../../integration/measurement/support/study.js';

const { values } = parseArgs({ options: { repetitions: { type: 'string' } } });
const repetitions = Number(values.repetitions ?? 200);

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

function report(name: string, study: StudyResult, line: string): void {
  console.log(
    `${name}: true lift ${study.trueLift.toFixed(4)} per checkout, ${study.repetitions} runs: ${line}`,
  );
}

const started = Date.now();
const withEffect = runStudy(WITH_EFFECT, { from: 1, to: repetitions });
report(
  'with effect',
  withEffect,
  `interval covers the truth in ${percent(withEffect.coverage)} (nominal 95 %, claim ≥ 90 %), ` +
    `"likely positive" in ${percent(withEffect.likelyPositive)} (power), ` +
    `misattributed runs ${withEffect.misattributed.length}`,
);
const noEffect = runStudy(NO_EFFECT, { from: 1_001, to: 1_000 + repetitions });
report(
  'no effect',
  noEffect,
  `"likely positive" in ${percent(noEffect.likelyPositive)} (claim ≤ 5 %), ` +
    `interval covers 0 in ${percent(noEffect.coverage)} (nominal 95 %), misattributed runs ${noEffect.misattributed.length}`,
);
console.log(
  `simulation: ${2 * repetitions} pipeline runs in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);

const artifacts = new URL('../../artifacts/measurement/', import.meta.url);
await mkdir(artifacts, { recursive: true });
await writeFile(
  new URL('simulation.json', artifacts),
  `${JSON.stringify({ withEffect, noEffect }, null, 2)}\n`,
);

const failed = [
  withEffect.misattributed.length > 0 &&
    `attribution differed from the planted revenue in ${withEffect.misattributed.length} runs`,
  noEffect.misattributed.length > 0 &&
    `attribution credited revenue with no effect in ${noEffect.misattributed.length} runs`,
  withEffect.trueLift <= 0.03 && `the planted effect is too small to study (${withEffect.trueLift})`,
  withEffect.coverage < 0.9 && `coverage ${percent(withEffect.coverage)} < 90 %`,
  noEffect.likelyPositive > 0.05 && `false "likely positive" ${percent(noEffect.likelyPositive)} > 5 %`,
].filter((problem): problem is string => typeof problem === 'string');
if (failed.length > 0) {
  console.error(`simulation claims that do not hold: ${failed.join('; ')}`);
  process.exitCode = 1;
}
