import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { pino, type DestinationStream } from 'pino';

export const LOG_FILE = 'tandem.log';

/**
 * The demo keeps the terminal for its status lines: every log line goes to DATA_DIR/tandem.log, and warnings and
 * errors also to the terminal (stderr), so nothing that needs attention is hidden.
 */
export function demoLogDestination(dataDir: string, terminal: NodeJS.WritableStream): DestinationStream {
  mkdirSync(dataDir, { recursive: true });
  const file = pino.destination({ dest: path.join(dataDir, LOG_FILE), append: true, sync: false });
  return pino.multistream([
    { level: 'trace', stream: file },
    { level: 'warn', stream: terminal },
  ]);
}
