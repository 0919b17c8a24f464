import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';
import { findExecutable } from './executables.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A loopback port nothing listens on right now (for a child process or server to take). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** kill -9, and wait until the process is gone (a no-op if it already is). */
export async function killHard(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

/** redis-server from PATH, else where Debian installs it (PATH may lack the sbin folders). */
export function findRedisServer(): string | undefined {
  return findExecutable('redis-server', ['/usr/bin', '/usr/sbin', '/usr/local/bin']);
}

/** A private Redis (nothing persisted), so stopping it disturbs no other suite. */
export async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn(
    findRedisServer() ?? 'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited (${String(code)}): ${output}`)));
  });
  return child;
}

/**
 * Starts a TypeScript script in its own node process (argv[2] = JSON of `args`), so its CPU and memory stay out
 * of the caller's figures, and resolves `firstLine` with the first line it prints.
 */
export function startScript(script: URL, args: unknown): { child: ChildProcess; firstLine: Promise<string> } {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=tandem-source', fileURLToPath(script), JSON.stringify(args)],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const firstLine = new Promise<string>((resolve, reject) => {
    if (!child.stdout) return reject(new Error(`${script.pathname} has no stdout`));
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) =>
      reject(new Error(`${script.pathname} exited with ${String(code)} before answering`)),
    );
  });
  return { child, firstLine };
}
