/**
 * `npm run pairings -- eval|mine …`: the pairing engine's command line. Reads only argv; all work is in the
 * commands, which take their output streams as arguments.
 */
import { isAppError } from '../../errors.js';
import { PAIRINGS_USAGE, parsePairingsArgs } from './args.js';
import { evalCommand } from './eval-command.js';
import type { CliIo } from './io.js';
import { mineCommand } from './mine-command.js';

export async function runPairingsCli(argv: readonly string[], io: CliIo): Promise<number> {
  const command = parsePairingsArgs(argv);
  try {
    switch (command.kind) {
      case 'help':
        io.stdout(`${PAIRINGS_USAGE}\n`);
        return 0;
      case 'error':
        io.stderr(`pairings: ${command.message}\n\n${PAIRINGS_USAGE}\n`);
        return 2;
      case 'eval':
        return await evalCommand(command, io);
      case 'mine':
        return await mineCommand(command, io);
    }
  } catch (error) {
    const message =
      isAppError(error) || (error instanceof Error && 'code' in error && error.code === 'ENOENT')
        ? error.message
        : String(error instanceof Error ? (error.stack ?? error) : error);
    io.stderr(`\npairings: ${message}\n`);
    return 1;
  }
}

const isEntry =
  import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('/pairing/cli/main.ts');
if (isEntry) {
  process.exitCode = await runPairingsCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    interactive: process.stderr.isTTY === true,
  });
}
