// What `npm test` needs besides the repo: PostgreSQL and Redis. The TEST_* variables win when set; otherwise the
// machine's servers on their default ports; otherwise private throwaway ones started from the machine's binaries.
// When neither works, one message says what to install.
import { optionalTestEnv, setTestEnv, type TestServiceVariable } from '../env.js';
import { findOrStartPostgres } from './postgres.js';
import { findOrStartRedis } from './redis.js';
import type { FoundService, ServiceFinder } from './types.js';

export interface TestServices {
  /** One line per service: where the suites will find it. */
  readonly summary: readonly string[];
  /** Stops what this run started (the machine's servers are left alone). */
  stop(): Promise<void>;
}

interface Service {
  readonly variable: TestServiceVariable;
  readonly name: string;
  /** The Debian package to install when there is none. */
  readonly debian: string;
}

const SERVICES: readonly Service[] = [
  { variable: 'TEST_DATABASE_URL', name: 'PostgreSQL', debian: 'postgresql' },
  { variable: 'TEST_REDIS_URL', name: 'Redis', debian: 'redis-server' },
];

export type ServiceFinders = Readonly<Record<TestServiceVariable, ServiceFinder>>;

/** The caller's variable when set (used as it is), else `find`. */
const fromEnvOr =
  (variable: TestServiceVariable, find: ServiceFinder): ServiceFinder =>
  async () => {
    const url = optionalTestEnv(variable);
    return url ? { kind: 'found', url, origin: 'env', stop: async () => undefined } : find();
  };

const FINDERS: ServiceFinders = {
  TEST_DATABASE_URL: fromEnvOr('TEST_DATABASE_URL', () => findOrStartPostgres()),
  TEST_REDIS_URL: fromEnvOr('TEST_REDIS_URL', () => findOrStartRedis()),
};

const ORIGINS: Partial<Record<'env' | 'local' | 'private', string>> = {
  local: "this machine's server",
  private: 'private, stopped after the run',
};

export class MissingServicesError extends Error {
  override readonly name = 'MissingServicesError';
}

function missingMessage(missing: readonly { service: Service; problems: readonly string[] }[]): string {
  const names = missing.map(({ service }) => service.name).join(' and ');
  const packages = missing.map(({ service }) => service.debian);
  return [
    `npm test needs ${names} and could neither find nor start ${missing.length > 1 ? 'them' : 'it'}:`,
    ...missing.flatMap(({ service, problems }) =>
      problems.map((problem) => `  - ${service.name}: ${problem}`),
    ),
    `Install ${packages.join(' and ')} (Debian/Ubuntu: apt-get install ${packages.join(' ')}). The tests use a ` +
      'server running on its default port, or start a private one from its binaries. Or set ' +
      `${missing.map(({ service }) => service.variable).join(' / ')} to servers you run.`,
  ].join('\n');
}

/** Finds or starts every service and sets its TEST_* variable for the workers; throws one message if any lacks. */
export async function provideTestServices(finders: ServiceFinders = FINDERS): Promise<TestServices> {
  const found: FoundService[] = await Promise.all(SERVICES.map(({ variable }) => finders[variable]()));
  const stop = async () => {
    await Promise.all(found.map((entry) => (entry.kind === 'found' ? entry.stop() : undefined)));
  };
  const missing = SERVICES.flatMap((service, index) => {
    const entry = found[index];
    return entry?.kind === 'missing' ? [{ service, problems: entry.problems }] : [];
  });
  if (missing.length > 0) {
    await stop();
    throw new MissingServicesError(missingMessage(missing));
  }
  const summary = SERVICES.map((service, index) => {
    const entry = found[index];
    if (entry?.kind !== 'found') throw new Error(`no ${service.name}`);
    setTestEnv(service.variable, entry.url);
    return `${service.name}: ${entry.url} (${ORIGINS[entry.origin] ?? service.variable})`;
  });
  return { summary, stop };
}
