import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { toEmulatedApp } from '../auth/emulated-app.js';
import { createEngine } from '../engine/index.js';
import { createControlClient } from './control/client.js';
import { createApp } from './create-app.js';
import { engineWebhooks } from './engine-webhooks.js';
import { createRuntime } from './runtime.js';
import type { Emulator, EmulatorOptions } from './types.js';

/**
 * Starts the emulator: the engine with the given shops, auth for the given apps, webhook delivery and
 * fault injection, behind one HTTP server (127.0.0.1 by default). The engine serves the first app.
 */
export async function createEmulator(options: EmulatorOptions): Promise<Emulator> {
  const apps = options.apps.map(toEmulatedApp);
  const engineApp = apps[0];
  if (!engineApp) throw new Error('createEmulator: at least one app is required');
  const host = options.host ?? '127.0.0.1';

  // Listen first: the engine needs the public URL for the bulk file and staged upload URLs it hands out.
  let handler: RequestListener = (_req, res) => res.writeHead(503).end();
  const server = createServer((req, res) => handler(req, res));
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const url = `http://${host}:${(server.address() as AddressInfo).port}`;

  const engine = createEngine({
    ...(options.clock && { clock: options.clock }),
    ...(options.timeScale !== undefined && { timeScale: options.timeScale }),
    appId: engineApp.appId,
    publicBaseUrl: url,
    ...(options.apps[0]?.webPixelFields && { webPixelFields: options.apps[0].webPixelFields }),
  });
  for (const seed of options.shops) engine.addShop(seed, options.shopSettings?.[seed.shop.domain]);
  const webhooks = engineWebhooks(engine, engineApp.clientId);
  const runtime = createRuntime(options, engine, apps, webhooks.subscriptions);
  const stopForwarding = webhooks.forward(runtime);
  handler = createApp(runtime);

  return {
    url,
    engine,
    control: createControlClient(url),
    close: async () => {
      stopForwarding();
      runtime.close();
      const closed = new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
      // Idle keep-alive sockets (and requests held by timeout faults) would otherwise keep close() waiting.
      server.closeAllConnections();
      await closed;
    },
  };
}
