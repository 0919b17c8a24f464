// The one place tests read (and the global setup writes) their environment: the service URLs, and PATH for the
// machine's own server binaries. A missing service fails loudly.
export type TestServiceVariable = 'TEST_DATABASE_URL' | 'TEST_REDIS_URL';

export function requireTestEnv(name: TestServiceVariable): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(
      `${name} is not set: the contract suites run against real services ` +
        `(e.g. ${name === 'TEST_DATABASE_URL' ? 'postgres://root@127.0.0.1:5432/test' : 'redis://127.0.0.1:6379'}; ` +
        'jest sets it itself through test/support/services/global-setup.ts).',
    );
  }
  return value;
}

/** The variable when set and not empty. */
export function optionalTestEnv(name: TestServiceVariable): string | undefined {
  return process.env[name] || undefined;
}

/** Set before jest starts its workers, which inherit it (and tests run in band read it too). */
export function setTestEnv(name: TestServiceVariable, value: string): void {
  process.env[name] = value;
}

/** The directories of PATH, in order. */
export function searchPath(): string[] {
  return (process.env['PATH'] ?? '').split(':').filter(Boolean);
}
