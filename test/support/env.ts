// The one place tests read their environment (service URLs CI exports). A missing service fails loudly.
export function requireTestEnv(name: 'TEST_DATABASE_URL' | 'TEST_REDIS_URL'): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(
      `${name} is not set: the contract suites run against real services ` +
        `(e.g. ${name === 'TEST_DATABASE_URL' ? 'postgres://root@127.0.0.1:5432/test' : 'redis://127.0.0.1:6379'}).`,
    );
  }
  return value;
}
