import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AppRole } from '@tandem/web/app';
import type { DatabaseOptions } from '@tandem/web/store/index';

export interface AppChildArgs {
  readonly role: Extract<AppRole, 'all' | 'worker'>;
  readonly database: DatabaseOptions;
  readonly redisUrl?: string;
  /** JOB_LOCK_MS: how soon a killed worker's jobs run elsewhere. */
  readonly lockMs?: number;
  readonly emulatorUrl: string;
  readonly port?: number;
  readonly clientId: string;
  readonly clientSecret: string;
}

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const CHILD = fileURLToPath(new URL('./app-child.ts', import.meta.url));

/** Starts app-child.ts in its own node process and resolves once it printed `ready`. */
export async function startAppChild(args: AppChildArgs): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=tandem-source', CHILD, JSON.stringify(args)],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready')) resolve();
    });
    child.once('exit', (code) =>
      reject(new Error(`app process ended (${String(code)}) before ready: ${output}`)),
    );
  });
  return child;
}
