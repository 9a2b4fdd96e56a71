import { Agent, request } from 'node:http';

import { summarize } from '@api-bench/stats';

import type { LoadDriver, LoadResult } from './load-runner';

export type PacedPlan = { connections: number; seconds: number; requestsPerSecond: number };

/**
 * An open-loop run: requests start at a steady rate, one every 1/rate
 * seconds, over at most `connections` sockets, whatever the answers do.
 * Latency counts from the moment a request was due, so time spent waiting
 * for a free socket counts too (no coordinated omission).
 */
export async function runPaced(baseUrl: string, driver: LoadDriver, plan: PacedPlan): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: plan.connections });
  const url = new URL(baseUrl);
  const total = Math.round(plan.requestsPerSecond * plan.seconds);
  const latencies: number[] = [];
  let failures = 0;
  let firstFailure: string | undefined;
  const started = performance.now();
  // At most `connections` requests in flight, like the sockets a browser fleet would hold; a
  // request due while all are busy waits for one (and that wait counts in its latency).
  let active = 0;
  const waiting: (() => void)[] = [];
  const acquire = async () => {
    if (active >= plan.connections) {
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
    active += 1;
  };
  const release = () => {
    active -= 1;
    waiting.shift()?.();
  };
  const sendOne = async (due: number) => {
    await acquire();
    await new Promise<void>((resolve) => {
      const context: Record<string, unknown> = {};
      const call = driver.next(context);
      const outgoing = request(
        { host: url.hostname, port: url.port, path: call.path, method: 'POST', agent, headers: { 'content-type': 'application/json', ...call.headers } },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            latencies.push(performance.now() - due);
            const body = Buffer.concat(chunks).toString('utf8');
            if (!driver.settle(context, response.statusCode ?? 0, body)) {
              failures += 1;
              firstFailure ??= `${response.statusCode} ${body.slice(0, 300)}`;
            }
            resolve();
          });
        },
      );
      outgoing.on('error', (error) => {
        failures += 1;
        firstFailure ??= error.message;
        resolve();
      });
      outgoing.end(call.body);
    });
    release();
  };
  const inFlight: Promise<void>[] = [];
  for (let index = 0; index < total; index += 1) {
    const due = started + (index * 1000) / plan.requestsPerSecond;
    const wait = due - performance.now();
    if (wait > 0) {
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
    inFlight.push(sendOne(due));
  }
  await Promise.all(inFlight);
  agent.destroy();
  const seconds = (performance.now() - started) / 1000;

  return {
    requests: latencies.length,
    failures,
    ...(firstFailure ? { firstFailure } : {}),
    requestsPerSecond: Math.round((latencies.length / seconds) * 10) / 10,
    latencyMs: summarize(latencies),
  };
}
