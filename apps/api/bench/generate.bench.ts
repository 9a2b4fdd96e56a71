import { cpus } from 'node:os';

import { createDataSource } from '@api/app/database/data-source';

import { createBenchDatabase } from './bench-database';
import { budget, writeReport } from './report';
import { smokeCheckWithApp } from './scale/app-smoke';
import { generateScaleDataset, verifyScaleDataset } from './scale';

const DEFAULT_SEED = 20261125;
/** Full scale loads within ~6 minutes on the 2-core reference machine. */
const FULL_SCALE_SECONDS = 360;

function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isFinite(value)) {
    throw new Error(`${name} must be a number, got "${raw}"`);
  }

  return value;
}

/**
 * `npm run bench -- generate`: a fresh database filled at BENCH_SCALE (default 1)
 * from BENCH_SEED, its integrity checked in SQL and its fixtures read through
 * the app. BENCH_KEEP_DATABASE=1 keeps it for the load runner or psql.
 */
export async function runGenerateBench(adminUrl: string): Promise<boolean> {
  const scale = numberFromEnv('BENCH_SCALE', 1);
  const seed = numberFromEnv('BENCH_SEED', DEFAULT_SEED);
  process.stderr.write(`generate: scale ${scale}, seed ${seed}, fresh database on ${new URL(adminUrl).host}\n`);
  const database = await createBenchDatabase(adminUrl);
  const dataSource = createDataSource(database);
  await dataSource.initialize();
  try {
    const started = performance.now();
    const dataset = await generateScaleDataset(dataSource, { seed, scale });
    const seconds = (performance.now() - started) / 1000;
    const integrity = await verifyScaleDataset(dataSource, dataset);
    const smoke = await smokeCheckWithApp(database, dataset);
    for (const table of Object.keys(dataset.counts)) {
      process.stdout.write(`${table.padEnd(28)} ${String(dataset.counts[table]).padStart(9)}\n`);
    }
    for (const phase of dataset.phases) {
      process.stdout.write(`${phase.phase.padEnd(48)} ${phase.seconds.toFixed(1).padStart(7)} s ${String(phase.rows).padStart(9)} rows\n`);
    }
    const totalRows = Object.values(dataset.counts).reduce((sum, count) => sum + count, 0);

    return writeReport(
      `generate-${scale}`,
      [
        ...(scale === 1 ? [budget('full-scale load', seconds, 's', '<', FULL_SCALE_SECONDS)] : []),
        ...integrity.map((check) => budget(`integrity: ${check.name}`, check.violations, 'violations', '<', 1)),
        ...smoke.map((check) => budget(`app: ${check.name}${check.ok ? '' : ` (${check.detail})`}`, check.ok ? 0 : 1, 'failures', '<', 1)),
      ],
      {
        machine: { cpus: cpus().length, node: process.version },
        seed,
        scale,
        now: dataset.now.toISOString(),
        seconds: Math.round(seconds * 10) / 10,
        rowsPerSecond: Math.round(totalRows / seconds),
        counts: dataset.counts,
        phases: dataset.phases,
        fixtures: {
          teamId: dataset.teamId,
          coordinator: dataset.coordinator.email,
          homeInterviewers: dataset.homeInterviewers.length,
          roomSessions: dataset.roomSessions.length,
          pendingScorecards: dataset.pendingScorecards.length,
          pendingWithDraft: dataset.pendingScorecards.filter((pending) => pending.draft).length,
          pendingInterviewers: dataset.pendingInterviewers.length,
          reviewCandidates: dataset.reviewCandidates.length,
          slotPanel: { ...dataset.slotPanel, from: dataset.slotPanel.from.toISOString(), to: dataset.slotPanel.to.toISOString() },
          listSizeProbes: {
            home: dataset.listSizeProbes.home,
            room: { small: dataset.listSizeProbes.room.small.questions.length, large: dataset.listSizeProbes.room.large.questions.length },
            review: { small: dataset.listSizeProbes.review.small.sessionIds.length, large: dataset.listSizeProbes.review.large.sessionIds.length },
          },
        },
      },
    );
  } finally {
    await dataSource.destroy();
    await database.drop();
  }
}
