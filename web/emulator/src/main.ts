import { LATEST_API_VERSION } from './engine/index.js';
import { parseArgs } from 'node:util';
import { generateDemoShop } from './demo/index.js';
import { createEmulator } from './server/create-emulator.js';
import { DEMO_APP } from './server/demo-app.js';

const ADMIN_API_VERSION = LATEST_API_VERSION;
const STOREFRONT_API_VERSION = LATEST_API_VERSION;

const USAGE = `Usage: npm run emulator -- [options]

Serves the seeded demo shop and the demo app (Admin + Storefront GraphQL, OAuth, webhooks, control API).

Options:
  --port <n>           port to listen on (default 4100)
  --host <address>     interface (default 127.0.0.1)
  --seed <n>           demo shop seed (default 1)
  --time-scale <x>     how fast the emulated clock runs (default 1)
  --webhook-uri <url>  where the demo app's webhooks are delivered
  --help               show this text
`;

/**
 * A standalone emulator for running the app by hand. Configuration comes from argv only (process.env belongs
 * to the app's config module).
 */
async function main(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string', default: '4100' },
      seed: { type: 'string', default: '1' },
      'time-scale': { type: 'string', default: '1' },
      'webhook-uri': { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const port = integerFlag('port', values.port);
  const seed = integerFlag('seed', values.seed);
  const timeScale = Number(values['time-scale']);
  if (!(timeScale > 0))
    throw new Error(`--time-scale must be a positive number, got ${values['time-scale']}`);

  const shop = generateDemoShop({ seed });
  const emulator = await createEmulator({
    port,
    host: values.host,
    timeScale,
    shops: [shop],
    apps: [
      { ...DEMO_APP, ...(values['webhook-uri'] !== undefined && { webhookUri: values['webhook-uri'] }) },
    ],
  });
  const domain = shop.shop.domain;
  const { accessToken } = await emulator.control.installApp({ shop: domain, clientId: DEMO_APP.clientId });
  const { token: storefrontToken } = await emulator.control.storefrontToken({ shop: domain });
  const base = `${emulator.url}/shops/${domain}`;
  const lines = [
    `Shopify emulator listening on ${emulator.url}`,
    `  shop              ${domain} (${shop.products.length} products, ${shop.orders.length} orders, seed ${seed})`,
    `  admin graphql     ${base}/admin/api/${ADMIN_API_VERSION}/graphql.json`,
    `  storefront        ${base}/api/${STOREFRONT_API_VERSION}/graphql.json`,
    `  oauth             ${base}/admin/oauth/authorize   ${base}/admin/oauth/access_token`,
    `  control api       ${emulator.url}/_control`,
    `  demo app          client id ${DEMO_APP.clientId}   secret ${DEMO_APP.clientSecret}`,
    `  offline token     ${accessToken}`,
    `  storefront token  ${storefrontToken} (X-Shopify-Storefront-Access-Token)`,
    `  webhooks to       ${values['webhook-uri'] ?? '(none: pass --webhook-uri)'}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const stop = () => void emulator.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function integerFlag(name: string, value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new Error(`--${name} must be a non-negative integer, got ${value}`);
  return parsed;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`emulator: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  process.exit(1);
});
