import http from 'node:http';

/** One request the driver sends: path, headers and body (each can differ). */
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
  /** The server's CPU time per request over the step, when `cpuMs` is given: steadier than latency on a busy machine. */
  readonly cpuMsPerRequest?: number;
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
  /** The server process's CPU time so far (user + system), in ms. */
  readonly cpuMs?: () => Promise<number>;
}

const WARMUP_SECONDS = 5;

export interface RampResult {
  /** The step reported for each rate (the better try when a step was run twice). */
  readonly steps: readonly StepResult[];
  /** 2xx answers over every request sent, warm-up and discarded tries included. */
  readonly acknowledged: number;
}

const percentile = (sorted: readonly number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;

export const passes = (step: StepResult, goalMs: number): boolean =>
  step.p99Ms < goalMs && Object.keys(step.errors).length === 0;

/**
 * Open-loop load: requests leave on a fixed schedule whatever the server answers, so a slow server shows up as
 * latency (as a flash sale would), not as a politely lower rate. Steps up through `rates`, stops after the first
 * step that misses the goal twice.
 */
export async function ramp(options: RampOptions): Promise<RampResult> {
  const target = new URL(options.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const results: StepResult[] = [];
  let acknowledged = 0;
  let sequence = 0;
  try {
    // Warm-up, not reported: the first requests pay for JIT compilation, lazy imports and opening connections.
    await runStep(Math.min(200, options.rates[0] ?? 200), WARMUP_SECONDS);
    for (const rate of options.rates) {
      await options.between?.();
      let step = await runStep(rate);
      if (!passes(step, options.p99GoalMs)) {
        // One pause (a GC, a checkpoint) decides a p99 over a few thousand requests: a failed step gets a second
        // try, and the better one counts.
        await options.between?.();
        const again = await runStep(rate);
        if (again.p99Ms < step.p99Ms) step = again;
      }
      results.push(step);
      options.report?.(step);
      if (!passes(step, options.p99GoalMs)) break;
    }
  } finally {
    agent.destroy();
  }
  return { steps: results, acknowledged };

  async function runStep(rate: number, seconds = options.stepSeconds): Promise<StepResult> {
    const latencies: number[] = [];
    const errors: Record<string, number> = {};
    const pending: Promise<void>[] = [];
    const total = Math.round(rate * seconds);
    // Built (bodies signed) before the clock starts: on a 2-core machine the driver's work competes with the app's.
    const requests = Array.from({ length: total }, () => options.next(sequence++));
    const cpuBefore = await options.cpuMs?.();
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
      for (; sent < due; sent += 1) pending.push(send(requests[sent] as LoadRequest));
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await Promise.all(pending);
    const elapsed = (performance.now() - start) / 1000;
    const cpuAfter = await options.cpuMs?.();
    const sorted = latencies.sort((a, b) => a - b);
    const failed = Object.values(errors).reduce((sum, n) => sum + n, 0);
    acknowledged += total - failed;
    return {
      rate,
      achieved: total / elapsed,
      requests: total,
      ok: total - failed,
      errors,
      p50Ms: percentile(sorted, 0.5),
      p99Ms: percentile(sorted, 0.99),
      ...(cpuBefore !== undefined &&
        cpuAfter !== undefined && { cpuMsPerRequest: (cpuAfter - cpuBefore) / total }),
    };
  }
}
