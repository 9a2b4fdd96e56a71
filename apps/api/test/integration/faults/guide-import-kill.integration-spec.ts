import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { DataSource } from 'typeorm';

import { parseGuide, type ParsedGuide } from '@panelwise/guide-parser';

import { createDataSource } from '@api/app/database/data-source';
import { revisionHash } from '@api/modules/guide/guide-import.service';
import { generateGuide } from '@api-bench/guide-generator';
import { ApiProcess } from '@api-test/support/api-process';
import { createTeam, TEST_PASSWORD } from '@api-test/support/fixtures';
import { GraphQLClient } from '@api-test/support/graphql-client';
import { createTestDatabase, type TestDatabase } from '@api-test/support/test-database';

const CLI = 'dist/apps/api/apps/api/src/cli/main.js';
const IMPORT = `mutation I($input: ImportGuidesInput!) { importGuides(input: $input) { guides { status } } }`;

type Source = { fileName: string; text: string };
type StoredGuide = {
  id: string;
  source_file_name: string;
  content_hash: string;
  questions: number;
  active: number;
  revisions: number;
  search_rows: number;
  hashes: string[];
  follow_ups: number[];
  audits: number;
};

/** Guides of 2 to 10 questions, so a guide cut short could not pass for a whole one. */
function generateSources(seed: number, first: number, count: number): Source[] {
  return Array.from({ length: count }, (_, offset) => generateGuide(seed, first + offset, 2 + ((first + offset) % 9)));
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function sigkill(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve();

      return;
    }
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/**
 * A guide import killed half-way (SIGKILL, no shutdown hooks) leaves only whole
 * guides: each guide is imported in its own transaction (guide row, questions,
 * revisions, search rows and audit event together), so every guide found after
 * the kill matches its source Markdown exactly and nothing is orphaned.
 */
describe('guide import killed half-way', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let folder: string;

  /** Everything wrong with the team's stored guides against their sources; empty when each is whole. */
  async function incompleteGuides(teamId: string, sources: Source[]): Promise<{ guides: number; problems: string[] }> {
    const parsedByFile = new Map<string, ParsedGuide>(sources.map((source) => [source.fileName, parseGuide(source.text, { fileName: source.fileName })]));
    const stored: StoredGuide[] = await dataSource.query(
      `SELECT g.id, g.source_file_name, g.content_hash,
              (SELECT count(*)::int FROM question q WHERE q.guide_id = g.id) AS questions,
              (SELECT count(*)::int FROM question q WHERE q.guide_id = g.id AND q.retired_at IS NULL) AS active,
              (SELECT count(*)::int FROM question_revision r JOIN question q ON q.id = r.question_id WHERE q.guide_id = g.id) AS revisions,
              (SELECT count(*)::int FROM question_search s WHERE s.guide_id = g.id) AS search_rows,
              (SELECT coalesce(json_agg(r.content_hash ORDER BY q.position), '[]')
                 FROM question q JOIN question_revision r ON r.id = q.current_revision_id WHERE q.guide_id = g.id) AS hashes,
              (SELECT coalesce(json_agg(jsonb_array_length(r.follow_ups) ORDER BY q.position), '[]')
                 FROM question q JOIN question_revision r ON r.id = q.current_revision_id WHERE q.guide_id = g.id) AS follow_ups,
              (SELECT count(*)::int FROM audit_event a
                WHERE a.record_type = 'guide' AND a.record_id = g.id AND a.action = 'guide.imported') AS audits
         FROM guide g WHERE g.team_id = $1`,
      [teamId],
    );
    const problems: string[] = [];
    for (const guide of stored) {
      const parsed = parsedByFile.get(guide.source_file_name);
      if (!parsed) {
        problems.push(`${guide.source_file_name}: no such source`);
        continue;
      }
      const expected = {
        content_hash: parsed.contentHash,
        questions: parsed.questions.length,
        active: parsed.questions.length,
        revisions: parsed.questions.length,
        search_rows: parsed.questions.length,
        hashes: parsed.questions.map(revisionHash),
        follow_ups: parsed.questions.map((question) => question.followUps.length),
        audits: 1,
      };
      for (const [key, value] of Object.entries(expected)) {
        const actual = guide[key as keyof StoredGuide];
        if (JSON.stringify(actual) !== JSON.stringify(value)) {
          problems.push(`${guide.source_file_name}: ${key} is ${JSON.stringify(actual)}, source has ${JSON.stringify(value)}`);
        }
      }
    }
    // Rows that belong to no (whole) guide, anywhere in the database.
    const [orphans] = await dataSource.query(
      `SELECT
         (SELECT count(*)::int FROM question q WHERE NOT EXISTS (SELECT 1 FROM guide g WHERE g.id = q.guide_id)) AS questions_without_guide,
         (SELECT count(*)::int FROM question q WHERE q.current_revision_id IS NULL) AS questions_without_revision,
         (SELECT count(*)::int FROM question_revision r WHERE NOT EXISTS (SELECT 1 FROM question q WHERE q.id = r.question_id)) AS revisions_without_question,
         (SELECT count(*)::int FROM question_search s
           WHERE NOT EXISTS (SELECT 1 FROM question q JOIN guide g ON g.id = q.guide_id WHERE q.id = s.question_id AND g.id = s.guide_id)) AS search_rows_without_guide,
         (SELECT count(*)::int FROM audit_event a
           WHERE a.record_type = 'guide' AND NOT EXISTS (SELECT 1 FROM guide g WHERE g.id = a.record_id)) AS audit_events_without_guide`,
    );
    for (const [kind, count] of Object.entries(orphans as Record<string, number>)) {
      if (count) {
        problems.push(`${count} ${kind.replace(/_/g, ' ')}`);
      }
    }

    return { guides: stored.length, problems };
  }

  async function guideCount(teamId: string): Promise<number> {
    const [row] = await dataSource.query(`SELECT count(*)::int AS count FROM guide WHERE team_id = $1`, [teamId]);

    return (row as { count: number }).count;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource({ url: database.url, poolSize: 2 });
    await dataSource.initialize();
    folder = mkdtempSync(join(tmpdir(), 'pw-import-kill-'));
  }, 240_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('should leave only whole guides when the CLI import of 300 guides is SIGKILLed, and finish them on a rerun', async () => {
    const team = await createTeam(dataSource, 'cli-kill');
    const sources = generateSources(8_401, 0, 300);
    const guidesDir = join(folder, 'cli');
    rmSync(guidesDir, { recursive: true, force: true });
    mkdirSync(guidesDir);
    for (const source of sources) {
      writeFileSync(join(guidesDir, source.fileName), source.text);
    }
    const env = { ...process.env, NODE_OPTIONS: '', DATABASE_URL: database.url, LOG_LEVEL: 'error' };

    const started = Date.now();
    const cli = spawn(process.execPath, [CLI, 'guides', 'import', guidesDir, '--team', team.teamId], { env, stdio: 'ignore' });
    // Kill once a third of the guides are in: well after the start, well before the end.
    await waitFor(async () => (await guideCount(team.teamId)) >= 100, 90_000, '100 guides to be imported');
    await sigkill(cli);
    const killedAfterMs = Date.now() - started;
    const afterKill = await incompleteGuides(team.teamId, sources);

    const rerun = spawn(process.execPath, [CLI, 'guides', 'import', guidesDir, '--team', team.teamId], { env, stdio: ['ignore', 'pipe', 'ignore'] });
    let report = '';
    rerun.stdout?.on('data', (chunk: Buffer) => (report += chunk.toString()));
    const exitCode = await new Promise<number | null>((resolve) => rerun.once('exit', resolve));
    const afterRerun = await incompleteGuides(team.teamId, sources);
    process.stdout.write(`CLI killed after ${killedAfterMs} ms with ${afterKill.guides}/300 guides in; rerun finished in ${Date.now() - started - killedAfterMs} ms\n`);

    expect(cli.signalCode).toBe('SIGKILL');
    expect(afterKill.guides).toBeGreaterThanOrEqual(100);
    expect(afterKill.guides).toBeLessThan(300);
    expect(afterKill.problems).toEqual([]);
    expect(exitCode).toBe(0);
    // The rerun skips what the killed run committed and imports the rest.
    expect((report.match(/ UNCHANGED /g) ?? []).length).toBe(afterKill.guides);
    expect((report.match(/ CREATED /g) ?? []).length).toBe(300 - afterKill.guides);
    expect(afterRerun).toEqual({ guides: 300, problems: [] });
  }, 240_000);

  it('should leave only whole guides when the API is SIGKILLed during an importGuides mutation', async () => {
    const team = await createTeam(dataSource, 'api-kill');
    const sources = generateSources(8_402, 1_000, 50);
    const api = await ApiProcess.create(database.url, { SEED_DEMO: 'false' });
    await api.start();
    try {
      const coordinator = await new GraphQLClient(api.baseUrl).signIn(team.coordinator.email, TEST_PASSWORD);
      const answer = coordinator.request(IMPORT, { input: { files: sources, dryRun: false } }).then(
        () => 'answered',
        () => 'no answer',
      );
      const started = Date.now();
      await waitFor(async () => (await guideCount(team.teamId)) >= 10, 30_000, '10 guides to be imported');
      await api.kill();
      const killedAfterMs = Date.now() - started;

      const afterKill = await incompleteGuides(team.teamId, sources);
      process.stdout.write(`API killed after ${killedAfterMs} ms with ${afterKill.guides}/50 guides in\n`);

      await expect(answer).resolves.toBe('no answer');
      expect(afterKill.guides).toBeGreaterThanOrEqual(10);
      expect(afterKill.guides).toBeLessThan(50);
      expect(afterKill.problems).toEqual([]);

      // The check itself notices a guide that lost a row.
      await dataSource.query(
        `DELETE FROM question_search WHERE question_id = (SELECT q.id FROM question q JOIN guide g ON g.id = q.guide_id WHERE g.team_id = $1 LIMIT 1)`,
        [team.teamId],
      );
      expect((await incompleteGuides(team.teamId, sources)).problems).toEqual([expect.stringContaining('search_rows is')]);
    } finally {
      await api.stop();
    }
  }, 150_000);
});
