/**
 * `npm run sync -- --shop name.myshopify.com [--kind full|incremental|reconcile] [--path paged|bulk]`: one sync with a
 * progress bar on stderr and the finished run as JSON on stdout. Ctrl-C stops at the next page and leaves the run
 * resumable (the next invocation continues it).
 */
import { parseSyncCliArgs, SYNC_CLI_USAGE } from './cli-args.js';
import type { SyncCliDeps } from './cli-deps.js';
import { createProgressBar } from './progress-bar.js';
import { runSync } from './run-sync.js';

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseSyncCliArgs(argv);
  if (parsed.kind === 'help') {
    process.stdout.write(`${SYNC_CLI_USAGE}\n`);
    return 0;
  }
  if (parsed.kind === 'error') {
    process.stderr.write(`${parsed.message}\n`);
    return 2;
  }
  const { shop, kind, path, allOrders } = parsed.args;
  const abort = new AbortController();
  const stop = () => abort.abort(new Error('interrupted'));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  let cli: SyncCliDeps | undefined;
  try {
    // Loaded only now, so `--help` and argument errors answer without building the app.
    const [{ loadConfig }, { createSyncCliDeps }] = await Promise.all([
      import('../config.js'),
      import('./cli-deps.js'),
    ]);
    cli = await createSyncCliDeps(loadConfig());
    const deps = await cli.forShop(shop, {
      log: createProgressBar(process.stderr),
      signal: abort.signal,
      options: { kind, ...(path ? { path } : {}), ...(allOrders !== undefined ? { allOrders } : {}) },
    });
    const run = await runSync(deps);
    process.stdout.write(`${JSON.stringify(run, null, 2)}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      abort.signal.aborted
        ? `\nstopped; run \`npm run sync -- --shop ${shop}\` again to resume\n`
        : `\nsync failed: ${message}\n`,
    );
    return abort.signal.aborted ? 130 : 1;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await cli?.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
