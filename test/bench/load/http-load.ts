/**
 * Webhook and pixel-event load against one app process: open-loop steps of rising rate, reporting the highest
 * rate with p99 under the goal and no error, next to the same process's ceiling for a bare GET /healthz (the
 * baseline: what Node and express alone answer on this machine). Every acknowledged webhook must be in the
 * database, which the process is asked after each run.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { generateDemoShop } from '@tandem/emulator/demo/index';
import { restOrder } from '@tandem/emulator/state/rest-payloads';
import type { DatabaseOptions } from '@tandem/web/store/index';
import type { AppProcessArgs, AppProcessMessage, AppProcessReply } from './app-process.js';
import { passes, ramp, type LoadRequest, type RampResult, type StepResult } from './ramp.js';
import { ADMIN_API_VERSION } from '@tandem/web/config';

const APP = { apiKey: 'load-bench-client', apiSecret: 'load-bench-secret' } as const;
export const P99_GOAL_MS = 50;
const SHOPS = Array.from({ length: 8 }, (_, i) => `load-bench-${i}.myshopify.com`);

export interface Target {
  readonly url: string;
  ask(message: AppProcessMessage): Promise<AppProcessReply>;
  stop(): Promise<void>;
}

export async function startTarget(database: DatabaseOptions, redisUrl?: string): Promise<Target> {
  const args: AppProcessArgs = { database, ...APP, shops: SHOPS, ...(redisUrl && { redisUrl }) };
  const child: ChildProcess = fork(
    fileURLToPath(new URL('./app-process.ts', import.meta.url)),
    [JSON.stringify(args)],
    {
      execArgv: ['--import', 'tsx', '--conditions=tandem-source'],
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    },
  );
  const line = await new Promise<string>((resolve, reject) => {
    if (!child.stdout) return reject(new Error('app process has no stdout'));
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`app process exited with ${String(code)}`)));
  });
  return {
    url: (JSON.parse(line) as { url: string }).url,
    ask: (message) =>
      new Promise((resolve) => {
        child.once('message', (reply) => resolve(reply as AppProcessReply));
        child.send(message);
      }),
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** orders/create bodies in Shopify's REST shape (the emulator's), each a distinct order id, HMAC-signed. */
export function orderWebhooks(): (sequence: number) => LoadRequest {
  const seed = generateDemoShop({
    seed: 5,
    products: 60,
    orders: 1_000,
    domain: 'load-bench-0.myshopify.com',
  });
  const customers = new Map(seed.customers.map((customer) => [customer.id, customer]));
  const templates = seed.orders.map((order) =>
    restOrder(order, order.customerId ? customers.get(order.customerId) : undefined),
  );
  const base = 7_000_000_000_000 + Math.floor(Math.random() * 1_000_000_000);
  return (sequence) => {
    const id = base + sequence;
    const template = templates[sequence % templates.length] ?? {};
    const body = JSON.stringify({ ...template, id, admin_graphql_api_id: `gid://shopify/Order/${id}` });
    return {
      method: 'POST',
      path: '/webhooks',
      body,
      headers: {
        'Content-Type': 'application/json',
        'X-Shopify-Topic': 'orders/create',
        'X-Shopify-Hmac-Sha256': createHmac('sha256', APP.apiSecret).update(body, 'utf8').digest('base64'),
        'X-Shopify-Shop-Domain': SHOPS[sequence % SHOPS.length] ?? '',
        'X-Shopify-API-Version': ADMIN_API_VERSION,
        'X-Shopify-Webhook-Id': randomUUID(),
        'X-Shopify-Event-Id': randomUUID(),
        'X-Shopify-Triggered-At': new Date().toISOString(),
      },
    };
  };
}

export const EVENTS_PER_BATCH = 20;

/** Pixel batches as the checkout sends them: one checkout's eligibility and offer impressions, many buyers. */
export function pixelBatches(): (sequence: number) => LoadRequest {
  return (sequence) => {
    const checkoutToken = randomBytes(16).toString('hex');
    const ts = Date.now() - 1_000;
    const events = Array.from({ length: EVENTS_PER_BATCH }, (_, i) => ({
      v: 1,
      event: i === 0 ? 'eligible' : 'impression',
      offerId: i === 0 ? null : `${7000 + i}-${8000 + i}`,
      arm: 'treatment',
      target: 'block',
      checkoutToken,
      ts,
    }));
    return {
      method: 'POST',
      path: '/api/events',
      body: JSON.stringify({ shop: SHOPS[sequence % SHOPS.length], events }),
      // Many buyers: the per-IP limit is for one abusive client, not for a shop's traffic.
      headers: {
        'Content-Type': 'text/plain',
        'X-Forwarded-For': `10.${sequence % 200}.${(sequence >> 8) % 250}.7`,
      },
    };
  };
}

export const health = (): LoadRequest => ({ method: 'GET', path: '/healthz', body: '', headers: {} });

/** The highest passing rate of a ramp (0 when even the first step failed). */
export const ceiling = (steps: readonly StepResult[]): number =>
  Math.max(0, ...steps.filter((step) => passes(step, P99_GOAL_MS)).map((step) => step.rate));

export const describeStep = (unit: string, step: StepResult): string =>
  `  ${String(step.rate).padStart(6)} ${unit}/s asked, ${step.achieved.toFixed(0).padStart(6)} answered/s  p50 ${step.p50Ms.toFixed(1).padStart(6)} ms  p99 ${step.p99Ms.toFixed(1).padStart(7)} ms` +
  `${step.cpuMsPerRequest === undefined ? '' : `  app CPU ${step.cpuMsPerRequest.toFixed(2)} ms/request`}` +
  `${Object.keys(step.errors).length ? `  errors ${JSON.stringify(step.errors)}` : ''}${passes(step, P99_GOAL_MS) ? '' : '  ✗'}`;

export async function rampTarget(
  target: Target,
  rates: readonly number[],
  stepSeconds: number,
  next: (sequence: number) => LoadRequest,
  unit: string,
  drain: boolean,
  out: (line: string) => void,
): Promise<RampResult> {
  return ramp({
    url: target.url,
    rates,
    stepSeconds,
    next,
    p99GoalMs: P99_GOAL_MS,
    ...(drain && { between: async () => void (await target.ask({ kind: 'idle' })) }),
    report: (step) => out(describeStep(unit, step)),
    cpuMs: async () => {
      const reply = await target.ask({ kind: 'cpu' });
      return reply.kind === 'cpu' ? reply.ms : 0;
    },
  });
}
