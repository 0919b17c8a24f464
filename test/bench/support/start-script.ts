import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

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
