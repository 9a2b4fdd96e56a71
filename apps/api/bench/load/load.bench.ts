import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

import { budget, type BudgetLine, writeReport } from '@api-bench/report';
import { measureRoomBundle } from './bundle-size';
import { openLoadWorld } from './load-world';
import { type LoadDriver, type LoadPlan, type LoadResult, printResult, runLoad } from './load-runner';
import { buildReadOperations, readDriver } from './read-operations';
import { runPaced } from './paced-runner';
import { ServerProcess } from './server-process';
import { captureStatements, type StatementCounts } from './statement-capture';
import { autosaveDriver, prepareDrafts, prepareNoteSlots, rawAutosaveDriver, rawSubmitDriver, submitDriver, syncNoteVersions } from './write-operations';

const SEED = Number(process.env['BENCH_SEED'] ?? 20261125);
const SCALE = Number(process.env['BENCH_SCALE'] ?? 1);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
const WARM_UP_SECONDS = 2;
const CONNECTIONS = 32;
const SUBMISSIONS = Number(process.env['BENCH_SUBMISSIONS'] ?? 600);
// BENCH_OPERATIONS=autosave,interview-room runs only those operations (keys as in the report).
const ONLY = new Set((process.env['BENCH_OPERATIONS'] ?? '').split(',').filter(Boolean));
const isSelected = (key: string) => !ONLY.size || ONLY.has(key);
const RAW_MAIN = 'dist/bench/apps/api/bench/load/raw-server.js';

type Measured = {
  key: string;
  label: string;
  kind: 'read' | 'write';
  connections: number;
  project: LoadResult;
  raw: LoadResult;
  /** The project again, paced at half the throughput it reached: latency with headroom, not at saturation. */
  halfLoad?: LoadResult;
  statements: StatementCounts;
};

/** Operations whose latency has a budget: measured again at half load. */
const LATENCY_BUDGETS = new Set(['interview-room', 'autosave']);

/** A warm-up run (unless the run is a fixed amount), then the measured run; `prepare` runs before each. */
async function measure(label: string, baseUrl: string, driver: () => LoadDriver, plan: LoadPlan, prepare = async () => {}): Promise<LoadResult> {
  if (!plan.amount) {
    await prepare();
    await runLoad(baseUrl, driver(), { connections: plan.connections, seconds: WARM_UP_SECONDS });
  }
  await prepare();
  const result = await runLoad(baseUrl, driver(), plan);
  printResult(label, result);

  return result;
}

/**
 * #7: generates a team at scale, then loads the production build of the API
 * and a raw node:http + pg server running the same SQL, operation by operation.
 */
export async function runLoadBench(adminUrl: string): Promise<boolean> {
  const world = await openLoadWorld(adminUrl, 'load', { seed: SEED, scale: SCALE });
  const { database, dataset, fixture, api, web, callers } = world;
  let raw: ServerProcess | null = null;
  try {
    process.stderr.write('load: signing in and preparing notes and drafts\n');
    const reads = await buildReadOperations(fixture, web, callers, CONNECTIONS);
    const slots = await prepareNoteSlots(fixture, web, callers, api.baseUrl, 2 * CONNECTIONS + 1);
    const drafts = await prepareDrafts(fixture, web, callers, api.baseUrl, 2 * SUBMISSIONS + 1);

    process.stderr.write('load: recording the SQL of each request\n');
    const capture = await captureStatements(database, web, reads, { teamId: fixture.teamId, noteSlot: slots[0], draft: drafts[0] });
    const scriptsFile = join(world.workDir, 'raw-scripts.json');
    writeFileSync(scriptsFile, JSON.stringify(capture.scripts));
    raw = await ServerProcess.start(RAW_MAIN, { DATABASE_URL: database.url, POOL_SIZE: '10', RAW_SCRIPTS: scriptsFile }, '/');

    const measured: Measured[] = [];
    for (const operation of reads.filter((read) => isSelected(read.key))) {
      const plan = { connections: operation.connections, seconds: SECONDS };
      const project = await measure(`${operation.label} (project)`, api.baseUrl, () => readDriver(operation, 'project'), plan);
      measured.push({
        key: operation.key,
        label: operation.label,
        kind: 'read',
        connections: operation.connections,
        project,
        raw: await measure(`${operation.label} (raw)`, raw.baseUrl, () => readDriver(operation, 'raw'), plan),
        ...(LATENCY_BUDGETS.has(operation.key)
          ? { halfLoad: await measureHalfLoad(`${operation.label} (project, half load)`, api.baseUrl, readDriver(operation, 'project'), project) }
          : {}),
        statements: capture.counts[operation.key],
      });
    }
    const noteSlots = { project: slots.slice(1, CONNECTIONS + 1), raw: slots.slice(CONNECTIONS + 1) };
    const autosavePlan = { connections: CONNECTIONS, seconds: SECONDS };
    if (isSelected('autosave')) {
      const syncProject = () => syncNoteVersions(database.url, noteSlots.project);
      const project = await measure('autosave (project)', api.baseUrl, () => autosaveDriver(web, noteSlots.project), autosavePlan, syncProject);
      measured.push({
        key: 'autosave',
        label: 'autosave note mutation',
        kind: 'write',
        connections: CONNECTIONS,
        project,
        raw: await measure('autosave (raw)', raw.baseUrl, () => rawAutosaveDriver(noteSlots.raw, fixture.teamId), autosavePlan, () =>
          syncNoteVersions(database.url, noteSlots.raw),
        ),
        halfLoad: await measureHalfLoad('autosave (project, half load)', api.baseUrl, autosaveDriver(web, noteSlots.project), project, syncProject),
        statements: capture.counts['autosave'],
      });
    }
    const submissions = { project: drafts.slice(1, SUBMISSIONS + 1), raw: drafts.slice(SUBMISSIONS + 1) };
    const submitPlan = { connections: CONNECTIONS, amount: SUBMISSIONS };
    if (isSelected('submit')) {
      measured.push({
        key: 'submit',
        label: 'scorecard submit',
        kind: 'write',
        connections: CONNECTIONS,
        project: await measure('scorecard submit (project)', api.baseUrl, () => submitDriver(web, submissions.project), submitPlan),
        raw: await measure('scorecard submit (raw)', raw.baseUrl, () => rawSubmitDriver(submissions.raw, fixture.teamId), submitPlan),
        statements: capture.counts['submit'],
      });
    }
    const memory = { apiPeakMb: api.peakMemoryMb(), rawPeakMb: raw.peakMemoryMb() };
    const bundle = measureRoomBundle();

    return writeReport('load', budgets(measured, bundle.totalGzipBytes), {
      machine: { cpus: cpus().length, node: process.version },
      seed: SEED,
      scale: SCALE,
      rows: dataset.counts,
      connections: CONNECTIONS,
      secondsPerRun: SECONDS,
      memory,
      operations: measured.map((entry) => ({
        operation: entry.label,
        kind: entry.kind,
        connections: entry.connections,
        project: entry.project,
        raw: entry.raw,
        throughputRatio: ratio(entry.project.requestsPerSecond, entry.raw.requestsPerSecond),
        p99Ratio: ratio(entry.project.latencyMs.p99, entry.raw.latencyMs.p99),
        ...(entry.halfLoad ? { projectAtHalfLoad: entry.halfLoad } : {}),
        sqlStatementsPerRequest: entry.statements,
      })),
      roomInitialJavaScript: bundle,
    }, operationTable(measured, memory));
  } finally {
    await raw?.stop();
    await world.close();
  }
}

/** Steady requests at half the throughput the closed loop reached, after `prepare`. */
async function measureHalfLoad(label: string, baseUrl: string, driver: LoadDriver, saturated: LoadResult, prepare = async () => {}): Promise<LoadResult> {
  await prepare();
  const requestsPerSecond = Math.max(1, Math.round(saturated.requestsPerSecond / 2));
  const result = await runPaced(baseUrl, driver, { connections: CONNECTIONS, seconds: SECONDS, requestsPerSecond });
  printResult(label, result);

  return result;
}

const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 100) / 100 : 0);

function budgets(measured: Measured[], roomGzipBytes: number): BudgetLine[] {
  const lines: BudgetLine[] = [];
  for (const entry of measured) {
    if (entry.statements.probes) {
      lines.push(budget(`${entry.label}: SQL statements, large list minus small list`, entry.statements.probes.large - entry.statements.probes.small, 'statements', '<', 1));
    }
    if (entry.kind === 'read') {
      lines.push(budget(`${entry.label}: throughput vs raw baseline`, ratio(entry.project.requestsPerSecond, entry.raw.requestsPerSecond) * 100, '%', '>=', 50));
    }
    if (entry.halfLoad) {
      lines.push(
        budget(`${entry.label}: p99 at ${entry.connections} connections, half load (${entry.halfLoad.requestsPerSecond} req/s)`, entry.halfLoad.latencyMs.p99, 'ms', '<', 50),
      );
    }
    lines.push(budget(`${entry.label}: failed requests`, entry.project.failures + entry.raw.failures + (entry.halfLoad?.failures ?? 0), 'requests', '<', 1));
  }
  lines.push(budget('interview room initial JavaScript (gzip)', roomGzipBytes / 1024, 'KB', '<', 250));

  return lines;
}

function operationTable(measured: Measured[], memory: { apiPeakMb: number; rawPeakMb: number }): string {
  const rows = measured.map((entry) =>
    [
      entry.label,
      entry.connections,
      entry.project.requestsPerSecond,
      entry.raw.requestsPerSecond,
      `${ratio(entry.project.requestsPerSecond, entry.raw.requestsPerSecond)}`,
      `${entry.project.latencyMs.p50} / ${entry.project.latencyMs.p95} / ${entry.project.latencyMs.p99}`,
      `${entry.raw.latencyMs.p50} / ${entry.raw.latencyMs.p95} / ${entry.raw.latencyMs.p99}`,
      entry.halfLoad ? `${entry.halfLoad.latencyMs.p99} at ${entry.halfLoad.requestsPerSecond} req/s` : '–',
      entry.statements.probes ? `${entry.statements.probes.small} → ${entry.statements.probes.large}` : `${entry.statements.perRequest.max}`,
    ].join(' | '),
  );

  return [
    `| operation | connections | project req/s | raw req/s | ratio | project p50 / p95 / p99 ms | raw p50 / p95 / p99 ms | project p99 ms at half load | SQL per request (small → large list) |`,
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row} |`),
    '',
    `API peak memory ${memory.apiPeakMb} MB (raw baseline ${memory.rawPeakMb} MB); ${SECONDS} s per run after a ${WARM_UP_SECONDS} s warm-up; scorecard submit is ${SUBMISSIONS} submissions.`,
  ].join('\n');
}

