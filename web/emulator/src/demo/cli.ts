/**
 * Process entry of the demo CLI:
 *   npx tsx --conditions=tandem-source web/emulator/src/demo/cli.ts csv --out /tmp/demo [--seed 1] [--scale]
 * See cli-args.ts for every option.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { runDemoCli, type CliFile } from './cli-run.js';

function createFile(path: string): CliFile {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  return {
    write: (chunk) => {
      writeSync(fd, chunk);
    },
    close: () => closeSync(fd),
  };
}

process.exitCode = runDemoCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  createFile,
  interactive: process.stderr.isTTY === true,
});
