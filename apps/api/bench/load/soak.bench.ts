import { budget, writeReport } from '@api-bench/report';
import { openLoadWorld } from './load-world';
import type { LoadCall, LoadDriver, LoadResult } from './load-runner';
import { printResult } from './load-runner';
import { runPaced } from './paced-runner';
import { buildReadOperations, readDriver } from './read-operations';
import { autosaveDriver, prepareNoteSlots } from './write-operations';

const SEED = Number(process.env['BENCH_SEED'] ?? 20261125);
const SCALE = Number(process.env['SOAK_SCALE'] ?? 0.2);
const MINUTES = Number(process.env['SOAK_MINUTES'] ?? 10);
const REQUESTS_PER_SECOND = Number(process.env['SOAK_RATE'] ?? 100);
const CONNECTIONS = 32;
const WINDOW_SECONDS = 60;

type Minute = { minute: number; result: LoadResult; residentMb: number };

/** Takes turns between drivers, request by request; each answer goes back to the driver that asked. */
function mixedDriver(drivers: LoadDriver[]): LoadDriver {
  let turn = 0;

  return {
    next(context): LoadCall {
      const driver = drivers[turn++ % drivers.length];
      context['driver'] = driver;

      return driver.next(context);
    },
    settle(context, status, body) {
      return (context['driver'] as LoadDriver).settle(context, status, body);
    },
  };
}

/**
 * `npm run soak`: the production build under a steady mix of the interviewer
 * and coordinator reads and autosaves for SOAK_MINUTES, minute by minute:
 * failures, latency and resident memory, which must level off (no leak).
 */
export async function runSoakBench(adminUrl: string): Promise<boolean> {
  const world = await openLoadWorld(adminUrl, 'soak', { seed: SEED, scale: SCALE });
  try {
    const { fixture, web, callers, api } = world;
    // Calibration aggregates months of ratings: a few coordinators, not a steady stream.
    const reads = (await buildReadOperations(fixture, web, callers, CONNECTIONS)).filter((operation) => operation.key !== 'calibration');
    const slots = await prepareNoteSlots(fixture, web, callers, api.baseUrl, CONNECTIONS);
    const driver = mixedDriver([...reads.map((operation) => readDriver(operation, 'project')), autosaveDriver(web, slots)]);
    process.stderr.write(`soak: ${MINUTES} min at ${REQUESTS_PER_SECOND} req/s over ${CONNECTIONS} connections (${reads.map((read) => read.key).join(', ')}, autosave)\n`);
    const minutes: Minute[] = [];
    for (let minute = 1; minute <= MINUTES; minute += 1) {
      const result = await runPaced(api.baseUrl, driver, { connections: CONNECTIONS, seconds: WINDOW_SECONDS, requestsPerSecond: REQUESTS_PER_SECOND });
      const residentMb = api.residentMemoryMb();
      minutes.push({ minute, result, residentMb });
      printResult(`minute ${minute} (resident ${residentMb} MB)`, result);
    }
    // The first minutes fill caches and the JIT; growth after them would be a leak.
    const settled = minutes[Math.min(1, minutes.length - 1)];
    const last = minutes[minutes.length - 1];
    const failures = minutes.reduce((sum, entry) => sum + entry.result.failures, 0);
    const worstP99 = Math.max(...minutes.map((entry) => entry.result.latencyMs.p99));

    return writeReport(
      'soak',
      [
        budget('failed requests', failures, 'requests', '<', 1),
        budget(`resident memory growth from minute ${settled.minute} to ${last.minute}`, ((last.residentMb - settled.residentMb) / settled.residentMb) * 100, '%', '<', 20),
        budget('worst minute p99', worstP99, 'ms', '<', 250),
      ],
      {
        scale: SCALE,
        requestsPerSecond: REQUESTS_PER_SECOND,
        connections: CONNECTIONS,
        peakMemoryMb: api.peakMemoryMb(),
        minutes: minutes.map(({ minute, result, residentMb }) => ({ minute, residentMb, requests: result.requests, failures: result.failures, latencyMs: result.latencyMs })),
      },
    );
  } finally {
    await world.close();
  }
}
