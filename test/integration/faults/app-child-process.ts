import type { ChildProcess } from 'node:child_process';
import type { AppRole } from '@tandem/web/app';
import type { DatabaseOptions } from '@tandem/web/store/index';
import { startScript } from '../../support/processes.js';

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

/** Starts app-child.ts in its own node process and resolves once it printed `ready`. */
export async function startAppChild(args: AppChildArgs): Promise<ChildProcess> {
  const { child, firstLine } = startScript(new URL('./app-child.ts', import.meta.url), args);
  const line = await firstLine;
  if (line !== 'ready') throw new Error(`app process printed "${line}" before ready`);
  return child;
}
