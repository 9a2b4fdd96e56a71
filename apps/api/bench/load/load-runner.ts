import autocannon from 'autocannon';

import { type LatencySummary, summarize } from '@api-bench/stats';

export type LoadCall = { path: string; headers: Record<string, string>; body: string };

/** Makes each request of one operation against one target, and checks each answer. */
export interface LoadDriver {
  /** The next request on this connection; `context` is the connection's own state. */
  next(context: Record<string, unknown>): LoadCall;
  /** False when the answer is not a success (an error, a conflict, a missing row). */
  settle(context: Record<string, unknown>, status: number, body: string): boolean;
}

export type LoadPlan = { connections: number; seconds?: number; amount?: number };

export type LoadResult = { requests: number; failures: number; firstFailure?: string; requestsPerSecond: number; latencyMs: LatencySummary };

/** A closed-loop run: `connections` clients each sending the next request as soon as the last one is answered. */
export async function runLoad(baseUrl: string, driver: LoadDriver, plan: LoadPlan): Promise<LoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  let firstFailure: string | undefined;
  const options: autocannon.Options = {
    url: baseUrl,
    connections: plan.connections,
    ...(plan.amount ? { amount: plan.amount } : { duration: plan.seconds ?? 10 }),
    timeout: 30,
    requests: [
      {
        method: 'POST',
        setupRequest: (request, context) => {
          const call = driver.next(context as Record<string, unknown>);

          return { ...request, path: call.path, headers: { 'content-type': 'application/json', ...call.headers }, body: call.body };
        },
        onResponse: (status, body, context) => {
          if (!driver.settle(context as Record<string, unknown>, status, body)) {
            failures += 1;
            firstFailure ??= `${status} ${body.slice(0, 300)}`;
          }
        },
      },
    ],
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error: unknown, finished) => (error ? reject(error instanceof Error ? error : new Error('autocannon failed')) : resolve(finished)));
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });

  return {
    requests: latencies.length,
    failures: failures + result.errors,
    ...(firstFailure ? { firstFailure } : {}),
    requestsPerSecond: Math.round((latencies.length / result.duration) * 10) / 10,
    latencyMs: summarize(latencies),
  };
}

export function printResult(label: string, result: LoadResult): void {
  process.stderr.write(
    `  ${label.padEnd(44)} ${String(result.requestsPerSecond).padStart(8)} req/s  p50 ${result.latencyMs.p50} ms  p95 ${result.latencyMs.p95} ms  p99 ${result.latencyMs.p99} ms  failures ${result.failures}\n`,
  );
  if (result.firstFailure) {
    process.stderr.write(`    first failure: ${result.firstFailure}\n`);
  }
}
