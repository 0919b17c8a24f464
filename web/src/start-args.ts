import { ConfigError } from './errors.js';

/** Command-line flags of `npm start` (after `--`): the demo's only switches, read from argv, not the environment. */
export interface StartArgs {
  /** Wipe the local demo data (SQLite database, orders placed in the preview) before starting. */
  readonly reset: boolean;
  readonly help: boolean;
}

export const START_USAGE = [
  'Usage: npm start [-- --reset]',
  '  --reset   wipe the local demo data (the SQLite database and the orders placed in the checkout preview)',
  '            before starting, so the demo installs, syncs and mines from scratch',
  '  --help    show this help',
].join('\n');

/** Parses `npm start` flags; anything unknown is an error that names it, so a typo never starts a surprise. */
export function parseStartArgs(argv: readonly string[]): StartArgs {
  let reset = false;
  let help = false;
  const unknown: string[] = [];
  for (const arg of argv) {
    if (arg === '--reset') reset = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else unknown.push(arg);
  }
  if (unknown.length > 0)
    throw new ConfigError(
      `Unknown argument${unknown.length === 1 ? '' : 's'} ${unknown.map((arg) => `"${arg}"`).join(', ')}\n${START_USAGE}`,
    );
  return { reset, help };
}
