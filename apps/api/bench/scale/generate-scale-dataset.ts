import type { DataSource } from 'typeorm';

import { anonymisedAt, loadDecisionsAndTrail } from './decision-phase';
import { buildFixtures } from './fixtures';
import { importGuides } from './guide-phase';
import { loadRubricsAndKits, planRubricsAndKits } from './rubric-kit-phase';
import type { PhaseTiming, ScaleDataset, ScaleOptions } from './scale-dataset';
import { DAY_MS, scaleSizes, type ScaleWorld } from './scale-world';
import { loadScorecards } from './scorecard-phase';
import { loadCandidates, loadSessions } from './session-phase';
import { planSessions } from './session-plan';
import { COORDINATOR_PASSWORD, INTERVIEWER_PASSWORD, loadTeam, planTeam } from './team-phase';

/** Exact row counts of every application table. */
async function countRows(dataSource: DataSource, tables?: string[]): Promise<Record<string, number>> {
  const names =
    tables ??
    (await dataSource.query<{ tablename: string }[]>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'typeorm_migration' ORDER BY tablename`)).map(
      (row) => row.tablename,
    );
  const counts: Record<string, number> = {};
  for (const name of names) {
    const [row] = await dataSource.query<[{ count: string }]>(`SELECT count(*) FROM "${name}"`);
    counts[name] = Number(row.count);
  }

  return counts;
}

/** Times a phase and counts the rows it added to its tables. */
class PhaseClock {
  readonly timings: PhaseTiming[] = [];
  private readonly seen: Record<string, number> = {};

  constructor(private readonly dataSource: DataSource) {}

  async run<T>(phase: string, tables: string[], work: () => Promise<T> | T): Promise<T> {
    const started = performance.now();
    const result = await work();
    const seconds = (performance.now() - started) / 1000;
    const counts = tables.length ? await countRows(this.dataSource, tables) : {};
    let rows = 0;
    for (const [table, count] of Object.entries(counts)) {
      rows += count - (this.seen[table] ?? 0);
      this.seen[table] = count;
    }
    this.timings.push({ phase, seconds: Math.round(seconds * 100) / 100, rows });
    process.stderr.write(`  ${phase}: ${seconds.toFixed(1)} s, ${rows} rows\n`);

    return result;
  }
}

/**
 * Fills a freshly migrated database with one realistic team at the given
 * scale (1 = 2,000 guides, 300 interviewers, 20,000 candidates, 60,000
 * sessions, ~150,000 scorecards) and returns the ids a load runner needs.
 * The same seed, scale and `now` give the same rows, ids included.
 * Guides go through the project's importer; everything else is bulk-loaded
 * in batched multi-row inserts under every constraint and trigger.
 */
export async function generateScaleDataset(dataSource: DataSource, options: ScaleOptions): Promise<ScaleDataset> {
  const sizes = scaleSizes(options.scale);
  const now = new Date(Math.floor((options.now ?? new Date()).getTime() / 60_000) * 60_000);
  const { seed } = options;
  const clock = new PhaseClock(dataSource);

  const team = await clock.run('team, users, availability', ['team', 'app_user', 'membership', 'availability'], () => loadTeam(dataSource, seed, planTeam(seed, sizes, now)));
  const coordinator = team.coordinators[0];
  const questions = await clock.run('guides (importer)', ['guide', 'question', 'question_revision', 'question_search'], () =>
    importGuides(dataSource, seed, sizes.guides, { teamId: team.teamId, userId: coordinator.id }, new Date(team.teamCreatedAt.getTime() + DAY_MS)),
  );
  const { rubrics, kits } = await clock.run('rubrics and kits', ['rubric', 'rubric_version', 'interview_kit', 'interview_kit_item'], () =>
    loadRubricsAndKits(dataSource, team.teamId, coordinator.id, planRubricsAndKits(seed, questions, team.teamCreatedAt)),
  );
  const planned = await clock.run('plan (in memory)', [], () => planSessions(seed, sizes, now, team, questions, kits));
  const { homeProbes, slotPanel } = planned;
  const world: ScaleWorld = {
    seed,
    sizes,
    now,
    teamId: team.teamId,
    teamCreatedAt: team.teamCreatedAt,
    coordinators: team.coordinators,
    interviewers: team.interviewers,
    questions,
    rubrics,
    kits,
    candidates: planned.plan.candidates,
    sessions: planned.sessions,
  };
  await clock.run('candidates', ['candidate'], () => loadCandidates(dataSource, team.teamId, world.candidates, anonymisedAt));
  await clock.run('sessions, panels, plans, history, notes', ['interview_session', 'session_panelist', 'session_question', 'session_event', 'session_note'], () =>
    loadSessions(dataSource, seed, team.teamId, world.sessions),
  );
  const scores = await clock.run(
    'scorecards, ratings, reminders, notifications',
    ['scorecard', 'scorecard_rating', 'scorecard_question_rating', 'scorecard_amendment', 'scorecard_reminder', 'notification'],
    () => loadScorecards(dataSource, seed, team.teamId, world.sessions, team.coordinators, sizes.pendingScorecards, now),
  );
  await clock.run('debrief decisions, audit trail', ['debrief_decision', 'audit_event'], () => loadDecisionsAndTrail(dataSource, seed, world, scores));
  // Autovacuum would get there eventually; benchmarks need the statistics and visibility maps now.
  await clock.run('VACUUM ANALYZE', [], () => dataSource.query('VACUUM ANALYZE'));

  const counts = await countRows(dataSource);
  if (counts['scorecard'] !== scores.scorecards || counts['interview_session'] !== sizes.sessions) {
    throw new Error(`Stored rows differ from the plan: ${counts['scorecard']} scorecards (planned ${scores.scorecards}), ${counts['interview_session']} sessions`);
  }
  const fixtures = buildFixtures(world, planned.open, planned.plan.reviewProbe, scores, homeProbes, slotPanel);

  return {
    seed,
    scale: options.scale,
    now,
    teamId: team.teamId,
    coordinator: { userId: coordinator.id, email: coordinator.email, password: COORDINATOR_PASSWORD },
    interviewerPassword: INTERVIEWER_PASSWORD,
    counts,
    phases: clock.timings,
    ...fixtures,
  };
}
