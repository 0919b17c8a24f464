// `npm run bench [-- <suite>…]`: runs benchmark suites one after another, each in its own process so one
// suite's heap and event loop never skew the next. Every suite reports ratios against a baseline it runs in
// the same script (naive writer, Map counter, React build, fault-free run…), never absolute pass/fail; the
// measurement simulation compares its rates with their nominal ones and fails when a statistical claim does not hold.
// Without arguments it runs the quick ones; `all` adds the long ones (the 25k-product sync takes ~15 min).
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/** Suite name → the npm script that runs it alone. */
export const SUITES = {
  bundle: 'bench:bundle',
  pairings: 'bench:pairings',
  store: 'bench:store',
  events: 'bench:events',
  simulation: 'bench:simulation',
  admin: 'bench:admin',
  load: 'bench:load',
  sync: 'bench:sync',
} as const;

type Suite = keyof typeof SUITES;

export const QUICK: readonly Suite[] = ['bundle', 'pairings', 'store', 'events', 'simulation'];

const isSuite = (name: string): name is Suite => Object.hasOwn(SUITES, name);

export function selectSuites(args: readonly string[]): Suite[] {
  if (args.length === 0) return [...QUICK];
  if (args.includes('all')) return Object.keys(SUITES).filter(isSuite);
  const unknown = args.filter((name) => !isSuite(name));
  if (unknown.length > 0) {
    throw new Error(
      `unknown bench suite ${unknown.join(', ')}; choose from ${Object.keys(SUITES).join(', ')} or all`,
    );
  }
  return args.filter(isSuite);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const suites = selectSuites(process.argv.slice(2));
  const failed: string[] = [];
  for (const suite of suites) {
    console.log(`\n=== bench ${suite} (npm run ${SUITES[suite]}) ===`);
    const started = Date.now();
    const run = spawnSync('npm', ['run', '--silent', SUITES[suite]], { stdio: 'inherit' });
    console.log(
      `=== ${suite}: ${run.status === 0 ? 'done' : `exit ${String(run.status ?? run.signal)}`} in ${((Date.now() - started) / 1000).toFixed(0)} s ===`,
    );
    if (run.status !== 0) failed.push(suite);
  }
  if (failed.length > 0) {
    console.error(`bench suites that did not finish: ${failed.join(', ')}`);
    process.exitCode = 1;
  }
}
