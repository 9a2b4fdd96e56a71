import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus } from 'node:os';

import { DataSource } from 'typeorm';

import { createApp } from '@api/app/app.factory';
import { createDataSource } from '@api/app/database/data-source';
import { ProgressBar } from '@api/cli/progress';
import { AuditService } from '@api/core/audit/audit.service';
import { hashPassword } from '@api/core/auth/password-hasher';
import { TeamRole } from '@api/core/auth/team-role';
import { AppConfig } from '@api/core/config/app-config';
import { GuideImportService } from '@api/modules/guide/guide-import.service';
import { MembershipEntity } from '@api/modules/identity/membership.entity';
import { TeamEntity } from '@api/modules/identity/team.entity';
import { UserEntity } from '@api/modules/identity/user.entity';

import { createBenchDatabase } from './bench-database';
import { generateGuide, searchTerms } from './guide-generator';
import { budget, writeReport } from './report';
import { summarize } from './stats';

const SEED = 20261125;
const TIMED_GUIDES = 1_000;
const SEARCH_QUESTIONS = 50_000;
const QUESTIONS_PER_GUIDE = 8;
const SEARCH_QUERIES = 300;

const SEARCH_QUERY = `query Search($search: String!) {
  questions(search: $search, first: 20) {
    totalCount
    edges { node { id prompt kindKey guide { title } highlight { text isMatch } } }
  }
}`;

async function importGenerated(dataSource: DataSource, teamId: string, from: number, to: number, label: string): Promise<number> {
  const importer = new GuideImportService(dataSource, new AuditService());
  const progress = new ProgressBar(to - from);
  const started = performance.now();
  for (let index = from; index < to; index += 1) {
    const result = await importer.importOne({ teamId, userId: null }, generateGuide(SEED, index, QUESTIONS_PER_GUIDE), false);
    if (result.status === 'FAILED') {
      throw new Error(`Generated guide ${index} failed: ${result.error?.message}`);
    }
    progress.tick(index - from + 1, label);
  }

  return (performance.now() - started) / 1000;
}

/** Imports 1,000 generated guides (timed), grows the bank to 50,000 questions, then times searches over HTTP. */
export async function runImportSearchBench(adminUrl: string): Promise<boolean> {
  process.stderr.write(`import-search: fresh database on ${new URL(adminUrl).host}\n`);
  const database = await createBenchDatabase(adminUrl);
  const dataSource = createDataSource(database);
  await dataSource.initialize();
  try {
    const team = await dataSource.getRepository(TeamEntity).save({ name: 'Bench team' });
    const user = await dataSource.getRepository(UserEntity).save({
      email: 'bench@panelwise.test',
      name: 'Bench',
      passwordHash: await hashPassword('bench-password'),
      timeZone: 'UTC',
    });
    await dataSource.getRepository(MembershipEntity).save({ teamId: team.id, userId: user.id, role: TeamRole.COORDINATOR, active: true });

    const importSeconds = await importGenerated(dataSource, team.id, 0, TIMED_GUIDES, 'timed import');
    const totalGuides = Math.ceil(SEARCH_QUESTIONS / QUESTIONS_PER_GUIDE);
    await importGenerated(dataSource, team.id, TIMED_GUIDES, totalGuides, 'growing the bank');
    // What autovacuum does after a bulk insert: folds GIN pending lists into the index.
    await dataSource.query('VACUUM ANALYZE');
    const [{ n: questionCount }] = await dataSource.query<[{ n: number }]>('SELECT count(*)::int AS n FROM question');

    const app = await createApp({
      config: AppConfig.forTest({ LOG_LEVEL: 'error' }),
      database: { ...database, isEmbedded: false },
    });
    await app.listen(0, '127.0.0.1');
    const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
    const baseUrl = `http://127.0.0.1:${port}/graphql`;
    const signIn = await fetch(baseUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }',
        variables: { input: { email: 'bench@panelwise.test', password: 'bench-password' } },
      }),
    });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const terms = searchTerms(SEED, SEARCH_QUERIES);
    const latencies: number[] = [];
    let hits = 0;
    for (const [index, term] of terms.entries()) {
      const started = performance.now();
      const response = await fetch(baseUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: SEARCH_QUERY, variables: { search: term } }),
      });
      const body = (await response.json()) as { data?: { questions: { totalCount: number } }; errors?: unknown };
      const elapsed = performance.now() - started;
      if (body.errors || !body.data) {
        throw new Error(`Search "${term}" failed: ${JSON.stringify(body.errors)}`);
      }
      // The first queries warm caches and the JIT; they are not measured.
      if (index >= 20) {
        latencies.push(elapsed);
      }
      hits += body.data.questions.totalCount > 0 ? 1 : 0;
    }
    const plan: { 'QUERY PLAN': string }[] = await dataSource.query(
      `EXPLAIN ANALYZE SELECT q.id FROM question q JOIN question_revision r ON r.id = q.current_revision_id
        WHERE q.team_id = $1 AND q.retired_at IS NULL AND r.search_vector @@ websearch_to_tsquery('english', 'caching')
        ORDER BY ts_rank_cd(r.search_vector, websearch_to_tsquery('english', 'caching')) DESC LIMIT 21`,
      [team.id],
    );
    await app.close();
    const search = summarize(latencies);

    return writeReport(
      'import-search',
      [
        budget(`import of ${TIMED_GUIDES} generated guides`, importSeconds, 's', '<', 30),
        budget(`search p95 at ${questionCount} questions`, search.p95, 'ms', '<', 100),
      ],
      {
        machine: { cpus: cpus().length, node: process.version },
        importedGuidesPerSecond: Math.round(TIMED_GUIDES / importSeconds),
        questions: questionCount,
        searchLatencyMs: search,
        queriesWithHits: `${hits}/${terms.length}`,
        explainAnalyze: plan.map((row) => row['QUERY PLAN']),
      },
    );
  } finally {
    await dataSource.destroy();
    await database.drop();
  }
}
