import http from 'node:http';

/** One request the driver sends: path, headers and body (built just before sending, so each can differ). */
export interface LoadRequest {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export interface StepResult {
  /** Requests per second asked for. */
  readonly rate: number;
  /** Requests per second answered (all statuses) over the step. */
  readonly achieved: number;
  readonly requests: number;
  readonly ok: number;
  /** Status or error name → count, for everything that was not a 2xx. */
  readonly errors: Readonly<Record<string, number>>;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

export interface RampOptions {
  readonly url: string;
  readonly rates: readonly number[];
  readonly stepSeconds: number;
  readonly next: (sequence: number) => LoadRequest;
  /** Latency goal: a step passes with p99 below it and no error. */
  readonly p99GoalMs: number;
  /** Called between steps (let a backlog drain so each step starts from the same state). */
  readonly between?: () => Promise<void>;
  readonly report?: (step: StepResult) => void;
}

const percentile = (sorted: readonly number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;

export const passes = (step: StepResult, goalMs: number): boolean =>
  step.p99Ms < goalMs && Object.keys(step.errors).length === 0;

/**
 * Open-loop load: requests leave on a fixed schedule whatever the server answers, so a slow server shows up as
 * latency (as a flash sale would), not as a politely lower rate. Steps up through `rates`, stops after the first
 * step that misses the goal.
 */
export async function ramp(options: RampOptions): Promise<StepResult[]> {
  const target = new URL(options.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const results: StepResult[] = [];
  let sequence = 0;
  try {
    for (const rate of options.rates) {
      await options.between?.();
      const step = await runStep(rate);
      results.push(step);
      options.report?.(step);
      if (!passes(step, options.p99GoalMs)) break;
    }
  } finally {
    agent.destroy();
  }
  return results;

  async function runStep(rate: number): Promise<StepResult> {
    const latencies: number[] = [];
    const errors: Record<string, number> = {};
    const pending: Promise<void>[] = [];
    const total = Math.round(rate * options.stepSeconds);
    const start = performance.now();
    const send = (request: LoadRequest) =>
      new Promise<void>((resolve) => {
        const began = performance.now();
        const fail = (reason: string) => {
          errors[reason] = (errors[reason] ?? 0) + 1;
          resolve();
        };
        const req = http.request(
          {
            agent,
            host: target.hostname,
            port: target.port,
            method: request.method,
            path: request.path,
            headers: { ...request.headers, 'Content-Length': Buffer.byteLength(request.body) },
          },
          (res) => {
            res.resume();
            res.once('end', () => {
              latencies.push(performance.now() - began);
              const status = res.statusCode ?? 0;
              if (status >= 200 && status < 300) resolve();
              else fail(String(status));
            });
          },
        );
        req.once('error', (error) => fail(error.name));
        req.end(request.body);
      });
    for (let sent = 0; sent < total;) {
      // Everything due by now leaves now; timers are coarse, the schedule is not.
      const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * rate) + 1);
      for (; sent < due; sent += 1) pending.push(send(options.next(sequence++)));
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await Promise.all(pending);
    const seconds = (performance.now() - start) / 1000;
    const sorted = latencies.sort((a, b) => a - b);
    const failed = Object.values(errors).reduce((sum, n) => sum + n, 0);
    return {
      rate,
      achieved: total / seconds,
      requests: total,
      ok: total - failed,
      errors,
      p50Ms: percentile(sorted, 0.5),
      p99Ms: percentile(sorted, 0.99),
    };
  }
}
