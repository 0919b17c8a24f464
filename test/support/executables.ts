// Finding the machine's own server binaries (PostgreSQL, Redis) for tests that start private instances.
import { accessSync, constants, readdirSync } from 'node:fs';
import path from 'node:path';
import { searchPath } from './env.js';

const isExecutable = (file: string): boolean => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The first `name` on PATH, then in `extraDirs` (Debian keeps some servers off PATH), or undefined. */
export function findExecutable(name: string, extraDirs: readonly string[] = []): string | undefined {
  return [...searchPath(), ...extraDirs].map((dir) => path.join(dir, name)).find(isExecutable);
}

/** Subfolders of `dir` named by a version number, newest first (none when `dir` is missing). */
export function versionDirs(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => /^\d+(\.\d+)?$/.test(name))
      .sort((a, b) => Number(b) - Number(a))
      .map((name) => path.join(dir, name));
  } catch {
    return [];
  }
}
