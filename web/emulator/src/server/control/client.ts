import type { z } from 'zod';
import type { EmulatorEngine } from '../../engine/index.js';
import type { ActiveFault } from '../../faults/types.js';
import type { EmulatedCheckout, EmulatedOrder, EmulatedProduct } from '../../state/types.js';
import type { DeliveryView } from '../../webhooks/types.js';
import type * as schemas from './schemas.js';

type In<S extends z.ZodType> = z.input<S>;
type EngineSnapshot = ReturnType<EmulatorEngine['snapshot']>;
type DeliveryFilter = In<typeof schemas.deliveriesQuerySchema>;

/** A non-2xx answer of the control API; `body.message` names what was wrong. */
export class ControlError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`control API answered ${status}: ${JSON.stringify(body)}`);
    this.name = 'ControlError';
  }
}

/** Typed client of the emulator's `/_control` API, for tests and the demo. */
export interface ControlClient {
  shops(): Promise<{ shops: string[]; apps: { clientId: string; appId: string }[] }>;
  installApp(input: In<typeof schemas.appOnShopSchema>): Promise<{ accessToken: string; scope: string }>;
  uninstallApp(input: In<typeof schemas.appOnShopSchema>): Promise<{ deliveries: string[] }>;
  /** Expiring offline tokens issued, refreshes granted and refused for the app on the shop. */
  tokenStats(
    input: In<typeof schemas.appOnShopSchema>,
  ): Promise<{ issued: number; refreshes: number; refused: number }>;
  sessionToken(
    input: In<typeof schemas.sessionTokenSchema>,
  ): Promise<{ token: string; userId: number; expiresAt: string }>;
  storefrontToken(
    input: In<typeof schemas.storefrontTokenSchema>,
  ): Promise<{ token: string; header: string }>;
  createOrder(input: In<typeof schemas.createOrderSchema>): Promise<EmulatedOrder>;
  /** The buyer reaches checkout (checkouts/create) or changes its cart (checkouts/update). */
  checkout(input: In<typeof schemas.checkoutSchema>): Promise<EmulatedCheckout>;
  updateProduct(input: In<typeof schemas.updateProductSchema>): Promise<EmulatedProduct>;
  deleteProduct(input: In<typeof schemas.productRefSchema>): Promise<void>;
  setInventory(input: In<typeof schemas.inventorySchema>): Promise<void>;
  triggerPrivacy(input: In<typeof schemas.privacySchema>): Promise<{ deliveries: string[] }>;
  deliveries(filter?: DeliveryFilter): Promise<DeliveryView[]>;
  /** Polls the delivery log until `until` holds (default: 5 s, every 20 ms). */
  waitForDeliveries(
    filter: DeliveryFilter,
    until: (deliveries: DeliveryView[]) => boolean,
    options?: { timeoutMs?: number; intervalMs?: number },
  ): Promise<DeliveryView[]>;
  injectFault(spec: In<typeof schemas.faultSchema>): Promise<ActiveFault>;
  faults(): Promise<ActiveFault[]>;
  resetFaults(): Promise<number>;
  truncateNextBulkFile(input: In<typeof schemas.truncateBulkSchema>): Promise<void>;
  snapshot(shop: string): Promise<EngineSnapshot>;
  metafield(
    input: In<typeof schemas.metafieldQuerySchema>,
  ): Promise<{ type: string; value: string } | undefined>;
}

export function createControlClient(baseUrl: string, fetchImpl: typeof fetch = fetch): ControlClient {
  const root = `${baseUrl.replace(/\/$/, '')}/_control`;
  async function call<T>(
    method: string,
    path: string,
    body?: unknown,
    query?: Record<string, string | undefined>,
  ): Promise<T> {
    const url = new URL(`${root}${path}`);
    for (const [key, value] of Object.entries(query ?? {}))
      if (value !== undefined) url.searchParams.set(key, value);
    const response = await fetchImpl(url, {
      method,
      ...(body !== undefined && {
        body: JSON.stringify(body),
        headers: { 'Content-Type': 'application/json' },
      }),
    });
    const parsed: unknown = await response.json();
    if (!response.ok) throw new ControlError(response.status, parsed);
    return parsed as T;
  }
  const deliveries = async (filter: DeliveryFilter = {}) =>
    (await call<{ deliveries: DeliveryView[] }>('GET', '/deliveries', undefined, { ...filter })).deliveries;
  return {
    shops: () => call('GET', '/shops'),
    installApp: (input) => call('POST', '/apps/install', input),
    uninstallApp: (input) => call('POST', '/apps/uninstall', input),
    tokenStats: (input) => call('GET', '/apps/token-stats', undefined, { ...input }),
    sessionToken: (input) => call('POST', '/session-token', input),
    storefrontToken: (input) => call('POST', '/storefront-token', input),
    createOrder: async (input) => (await call<{ order: EmulatedOrder }>('POST', '/orders', input)).order,
    checkout: async (input) =>
      (await call<{ checkout: EmulatedCheckout }>('POST', '/checkouts', input)).checkout,
    updateProduct: async (input) =>
      (await call<{ product: EmulatedProduct }>('POST', '/products/update', input)).product,
    deleteProduct: async (input) => void (await call('POST', '/products/delete', input)),
    setInventory: async (input) => void (await call('POST', '/inventory', input)),
    triggerPrivacy: (input) => call('POST', '/privacy', input),
    deliveries,
    waitForDeliveries: async (filter, until, options = {}) => {
      const deadline = Date.now() + (options.timeoutMs ?? 5_000);
      for (;;) {
        const current = await deliveries(filter);
        if (until(current)) return current;
        if (Date.now() > deadline) {
          throw new Error(
            `waitForDeliveries timed out; last log: ${JSON.stringify(current.map(({ payload: _p, ...rest }) => rest))}`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 20));
      }
    },
    injectFault: async (spec) => (await call<{ fault: ActiveFault }>('POST', '/faults', spec)).fault,
    faults: async () => (await call<{ faults: ActiveFault[] }>('GET', '/faults')).faults,
    resetFaults: async () => (await call<{ cleared: number }>('DELETE', '/faults')).cleared,
    truncateNextBulkFile: async (input) => void (await call('POST', '/faults/truncate-bulk-file', input)),
    snapshot: (shop) => call('GET', '/snapshot', undefined, { shop }),
    metafield: async (input) => {
      try {
        return (
          await call<{ metafield: { type: string; value: string } }>('GET', '/metafield', undefined, input)
        ).metafield;
      } catch (error) {
        if (error instanceof ControlError && error.status === 404) return undefined;
        throw error;
      }
    },
  };
}
