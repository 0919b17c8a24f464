import { mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/** A lock older than this belongs to a build that died; it is taken over. */
const STALE_MS = 10 * 60_000;

/**
 * Serialises demo builds across processes (two `npm start`s, or the browser suites starting the demo in parallel):
 * two Vite builds emptying the same dist/ at once would break each other. `mkdir` is atomic, so it is the lock.
 */
export async function withBuildLock<T>(
  dir: string,
  run: () => Promise<T>,
  options: { readonly waitMs?: number; readonly sleep?: (ms: number) => Promise<void> } = {},
): Promise<T> {
  const lock = path.join(dir, 'tandem-demo-build.lock');
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const deadline = Date.now() + (options.waitMs ?? STALE_MS);
  await mkdir(dir, { recursive: true });
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = Date.now() - (await stat(lock).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
      if (age > STALE_MS) await rm(lock, { recursive: true, force: true });
      else if (Date.now() > deadline)
        throw new Error(`another build holds ${lock}; remove it if no build is running`);
      else await sleep(250);
    }
  }
  try {
    return await run();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}
