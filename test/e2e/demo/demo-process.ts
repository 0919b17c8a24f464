// `npm start` as a user runs it, in a child process of its own group, with its status lines parsed.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface RunningDemo {
  readonly publicUrl: string;
  readonly checkoutUrl: string;
  readonly adminUrl: string;
  readonly emulatorUrl: string;
  /** Seconds `npm start` reported for "ready" (from the server process's start, after the build). */
  readonly readySeconds: number;
  /** Seconds from spawning `npm start` (build included) to "ready". */
  readonly wallSeconds: number;
  /** Everything printed so far (stdout and stderr). */
  output(): string;
  stop(): Promise<void>;
}

const line = (output: string, label: string): string | undefined =>
  new RegExp(`^\\s+${label}\\s+(\\S+)`, 'm').exec(output)?.[1];

function stopGroup(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return resolve();
    const timer = setTimeout(() => child.pid !== undefined && process.kill(-child.pid, 'SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    // The whole group: npm, its shells and the node server started by this test, nothing else.
    process.kill(-child.pid, 'SIGTERM');
  });
}

/**
 * Runs `npm start [args]` from the repository root with DATA_DIR and PORT set (through `env`, so the test reads no
 * environment itself) and resolves when it prints "✓ ready"; rejects with the output on "✗", exit or timeout.
 */
export async function startDemo(options: {
  readonly dataDir: string;
  readonly port: number;
  readonly args?: readonly string[];
  readonly timeoutMs?: number;
}): Promise<RunningDemo> {
  const command = [
    'DATA_DIR=' + options.dataDir,
    'PORT=' + String(options.port),
    'npm',
    'start',
    ...(options.args?.length ? ['--', ...options.args] : []),
  ];
  const spawned = Date.now();
  const child = spawn('env', command, { cwd: REPO_ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const ready = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => fail(new Error(`npm start was not ready within ${options.timeoutMs ?? 240_000} ms`)),
      options.timeoutMs ?? 240_000,
    );
    const check = () => {
      if (/✓ ready\s+in [\d.]+ s[\s\S]*Logs\s+\S+/.test(output)) finish();
      else if (/^\s+✗ /m.test(output)) fail(new Error('npm start reported a failed step'));
    };
    const finish = () => {
      clearTimeout(timer);
      child.off('exit', onExit);
      resolve(output);
    };
    const fail = (error: Error) => {
      clearTimeout(timer);
      void stopGroup(child).then(() => reject(new Error(`${error.message}:\n${output}`)));
    };
    const onExit = () => fail(new Error(`npm start exited (${child.exitCode ?? child.signalCode})`));
    child.stdout.on('data', check);
    child.stderr.on('data', check);
    child.once('exit', onExit);
  });
  const url = (label: string) => {
    const found = line(ready, label);
    if (!found) throw new Error(`npm start printed no "${label}" URL:\n${ready}`);
    return found;
  };
  const checkoutUrl = url('Checkout preview');
  return {
    publicUrl: new URL(checkoutUrl).origin,
    checkoutUrl,
    adminUrl: url('Admin \\(embedded\\)'),
    emulatorUrl: url('Shopify emulator'),
    readySeconds: Number(/✓ ready\s+in ([\d.]+) s/.exec(ready)?.[1]),
    wallSeconds: Math.round((Date.now() - spawned) / 100) / 10,
    output: () => output,
    stop: () => stopGroup(child),
  };
}
