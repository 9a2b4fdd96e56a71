import { randomUUID } from 'node:crypto';

import type { DataSource } from 'typeorm';

import { createDataSource } from '@api/app/database/data-source';
import { TeamRole } from '@api/core/auth/team-role';
import { ApiProcess } from '@api-test/support/api-process';
import { addMember, TEST_PASSWORD } from '@api-test/support/fixtures';
import { GraphQLClient } from '@api-test/support/graphql-client';
import { createPanelFixture } from '@api-test/support/interview-fixture';
import { createTestDatabase, type TestDatabase } from '@api-test/support/test-database';

const SAVE = `mutation Save($input: SaveScorecardInput!) { saveScorecard(input: $input) { id version status } }`;
const SUBMIT = `mutation Submit($input: SubmitScorecardInput!) { submitScorecard(input: $input) { id version status } }`;
const SAVE_NOTE = `mutation Save($input: SaveSessionNoteInput!) { saveSessionNote(input: $input) { version text } }`;
const RUBRIC = `query Rubric($id: ID!) { session(id: $id) { scoringRubric { competencies { id } } } }`;
const SESSIONS = 8;
const KILL_AFTER_SUBMISSIONS = 16;
const RECOMMENDATIONS = ['STRONG_NO', 'NO', 'YES', 'STRONG_YES'] as const;

type Content = {
  ratings: { competencyId: string; level: number; notAssessed: boolean; evidence: string }[];
  questionRatings: { sessionQuestionId: string; level: number }[];
  recommendation: string;
  summary: string;
};
type Session = { id: string; sessionQuestionIds: string[] };
type StoredScorecard = {
  id: string;
  status: string;
  version: number;
  recommendation: string | null;
  summary: string;
  submitted_at: Date | null;
  ratings: Content['ratings'];
  question_ratings: Content['questionRatings'];
};

/**
 * Crash safety of scorecards: SIGKILL the API in the middle of a burst of
 * scorecard saves and submissions (with note autosaves alongside), restart it,
 * and find every acknowledged submission stored as submitted, with its ratings.
 */
describe('scorecard submissions across an API crash', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let api: ApiProcess;
  let scorers: GraphQLClient[];
  let scorerIds: string[];
  let sessions: Session[];
  let competencyIds: string[];

  /** What scorer `scorer` writes on session `session`: distinct per pair, so a mix-up shows. */
  const contentOf = (scorer: number, session: number): Content => ({
    ratings: competencyIds.map((competencyId, index) => ({
      competencyId,
      level: 1 + ((scorer + session + index) % 4),
      notAssessed: false,
      evidence: `scorer ${scorer} session ${session} competency ${index}`,
    })),
    questionRatings: (sessions[session]?.sessionQuestionIds ?? []).map((sessionQuestionId, index) => ({
      sessionQuestionId,
      level: 1 + ((scorer * 3 + session + index) % 4),
    })),
    recommendation: RECOMMENDATIONS[(scorer + session) % 4] ?? 'YES',
    summary: `Summary by scorer ${scorer} of session ${session}`,
  });

  async function storedScorecards(): Promise<Map<string, StoredScorecard>> {
    const rows: StoredScorecard[] = await dataSource.query(
      `SELECT sc.id, sc.status, sc.version, sc.recommendation, sc.summary, sc.submitted_at,
              (SELECT coalesce(json_agg(json_build_object('competencyId', r.competency_id, 'level', r.level,
                        'notAssessed', r.not_assessed, 'evidence', r.evidence) ORDER BY r.competency_id), '[]')
                 FROM scorecard_rating r WHERE r.scorecard_id = sc.id) AS ratings,
              (SELECT coalesce(json_agg(json_build_object('sessionQuestionId', q.session_question_id, 'level', q.level)
                        ORDER BY q.session_question_id), '[]')
                 FROM scorecard_question_rating q WHERE q.scorecard_id = sc.id) AS question_ratings
         FROM scorecard sc`,
    );

    return new Map(rows.map((row) => [row.id, row]));
  }

  // Code point order, as the database's C collation sorts the ids.
  const byKey = <T>(key: (item: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  const sorted = (content: Content) => ({
    ratings: [...content.ratings].sort(byKey((rating) => rating.competencyId)),
    questionRatings: [...content.questionRatings].sort(byKey((rating) => rating.sessionQuestionId)),
  });

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource({ url: database.url, poolSize: 2 });
    await dataSource.initialize();
    api = await ApiProcess.create(database.url, { SEED_DEMO: 'false' });
    await api.start();
    const panel = await createPanelFixture({ dataSource, client: () => new GraphQLClient(api.baseUrl) }, 'crash');
    const extra = await Promise.all(
      [1, 2, 3].map((index) => addMember(dataSource, panel.team.teamId, `crash-co${index}@example.test`, TeamRole.INTERVIEWER)),
    );
    // Five scorers on every session; sessions two hours apart in the past, so none overlap and all are open to score.
    const panelMembers = [
      { userId: panel.members.lead.userId, role: 'LEAD' },
      { userId: panel.members.co.userId, role: 'CO_INTERVIEWER' },
      ...extra.map((member) => ({ userId: member.userId, role: 'CO_INTERVIEWER' })),
    ];
    sessions = [];
    for (let index = 0; index < SESSIONS; index += 1) {
      const startsAt = new Date(Math.floor((Date.now() - (index + 1) * 2 * 3_600_000) / 1000) * 1000);
      sessions.push(await panel.schedule({ startsAt, panel: panelMembers }));
    }
    scorerIds = panelMembers.map((member) => member.userId);
    scorers = [
      panel.lead,
      panel.co,
      ...(await Promise.all(extra.map((member) => new GraphQLClient(api.baseUrl).signIn(member.email, TEST_PASSWORD)))),
    ];
    const { session } = await panel.lead.data(RUBRIC, { id: sessions[0]?.id });
    competencyIds = session.scoringRubric.competencies.map((competency: { id: string }) => competency.id);
  }, 240_000);

  afterAll(async () => {
    await api?.stop();
    await dataSource?.destroy();
    await database?.drop();
  });

  it('should keep every acknowledged submission, with its ratings, after a SIGKILL during a burst of submissions and autosaves', async () => {
    const savedDrafts = new Map<string, { scorer: number; version: number; content: Content }>();
    const submitted = new Map<string, { status: string; version: number; content: Content }>();
    const notes = new Map<number, { acknowledged: { version: number; text: string } | null; inFlight: string | null }>();
    let submissions = 0;
    let killed: Promise<void> = Promise.resolve();
    let isRunning = true;

    // Each scorer works through their sessions as fast as the server answers: save the scorecard, then submit it.
    const scorecardWriters = scorers.map(async (client, scorer) => {
      for (let session = 0; session < SESSIONS; session += 1) {
        const content = contentOf(scorer, session);
        try {
          const { saveScorecard } = await client.data(SAVE, { input: { sessionId: sessions[session]?.id, expectedVersion: 0, ...content } });
          savedDrafts.set(saveScorecard.id, { scorer, version: saveScorecard.version, content });
          const { submitScorecard } = await client.data(SUBMIT, {
            input: { scorecardId: saveScorecard.id, expectedVersion: saveScorecard.version },
          });
          submitted.set(submitScorecard.id, { status: submitScorecard.status, version: submitScorecard.version, content });
          submissions += 1;
          if (submissions === KILL_AFTER_SUBMISSIONS) {
            isRunning = false;
            killed = api.kill();
          }
        } catch {
          return; // The server is gone: what was in flight was never acknowledged.
        }
      }
    });
    // Meanwhile each scorer types notes on the first session, autosaving as fast as the server answers.
    const noteWriters = scorers.map(async (client, scorer) => {
      let version = 0;
      let editId = randomUUID();
      const note = { acknowledged: null as { version: number; text: string } | null, inFlight: null as string | null };
      notes.set(scorer, note);
      for (let keystroke = 1; isRunning; keystroke += 1) {
        const text = `scorer ${scorer} keystroke ${keystroke}`;
        note.inFlight = text;
        try {
          const { saveSessionNote } = await client.data(SAVE_NOTE, {
            input: { sessionId: sessions[0]?.id, sessionQuestionId: null, text, followUpsAsked: [], customFollowUps: [], expectedVersion: version, editId },
          });
          version = saveSessionNote.version;
          editId = randomUUID();
          note.acknowledged = { version, text: saveSessionNote.text };
        } catch {
          return;
        }
      }
    });
    const burstStarted = Date.now();
    await Promise.all([...scorecardWriters, ...noteWriters]);
    await killed;
    const burstMs = Date.now() - burstStarted;
    await api.start();

    const stored = await storedScorecards();
    const lost: string[] = [];
    for (const [id, ack] of submitted) {
      const row = stored.get(id);
      const expected = { status: 'SUBMITTED', version: ack.version, recommendation: ack.content.recommendation, summary: ack.content.summary, ...sorted(ack.content) };
      const actual = row && { status: row.status, version: row.version, recommendation: row.recommendation, summary: row.summary, ratings: row.ratings, questionRatings: row.question_ratings };
      if (JSON.stringify(actual) !== JSON.stringify(expected) || !row?.submitted_at) {
        lost.push(`submission ${id}: stored ${JSON.stringify(actual)}, acknowledged ${JSON.stringify(expected)}`);
      }
    }
    // Acknowledged drafts are stored too: as saved, or submitted by the request in flight at the crash.
    for (const [id, ack] of savedDrafts) {
      const row = stored.get(id);
      if (!row || row.version < ack.version || JSON.stringify({ ratings: row.ratings, questionRatings: row.question_ratings }) !== JSON.stringify(sorted(ack.content))) {
        lost.push(`draft ${id}: stored ${JSON.stringify(row)}, acknowledged version ${ack.version}`);
      }
    }
    // Nothing half-written: every scorecard has all its ratings.
    const partial = [...stored.values()].filter((row) => row.ratings.length !== competencyIds.length || row.question_ratings.length !== 2);
    const storedNotes: { interviewer_id: string; text: string; version: number }[] = await dataSource.query(
      `SELECT interviewer_id, text, version FROM session_note WHERE session_id = $1 AND session_question_id IS NULL`,
      [sessions[0]?.id],
    );
    // A client retries the submissions whose answer it never got: each is submitted now, or already was.
    const retried = await Promise.all(
      [...savedDrafts].filter(([id]) => !submitted.has(id)).map(async ([id, ack]) => {
        const answer = await scorers[ack.scorer]?.request<{ submitScorecard: { status: string } }>(SUBMIT, { input: { scorecardId: id, expectedVersion: ack.version } });

        return answer?.data?.submitScorecard.status ?? answer?.errors?.[0]?.extensions?.code;
      }),
    );
    const [unsubmitted] = await dataSource.query(`SELECT count(*)::int AS count FROM scorecard WHERE status <> 'SUBMITTED' AND id = ANY($1)`, [
      [...savedDrafts.keys()],
    ]);
    process.stdout.write(
      `burst of ${burstMs} ms: ${submitted.size} submissions and ${savedDrafts.size} drafts acknowledged, ${stored.size} scorecards stored, ${storedNotes.length} notes; retried submissions: ${JSON.stringify(retried)}\n`,
    );

    expect(submitted.size).toBeGreaterThanOrEqual(KILL_AFTER_SUBMISSIONS);
    expect(submitted.size).toBeLessThan(scorers.length * SESSIONS);
    expect([...submitted.values()].every((ack) => ack.status === 'SUBMITTED')).toBe(true);
    expect(lost).toEqual([]);
    expect(partial).toEqual([]);
    expect(retried.every((outcome) => outcome === 'SUBMITTED' || outcome === 'CONFLICT')).toBe(true);
    expect(unsubmitted).toEqual({ count: 0 });
    expect([...notes.values()].every((note) => note.acknowledged !== null)).toBe(true);
    for (const [scorer, note] of notes) {
      const row = storedNotes.find((candidate) => candidate.interviewer_id === scorerIds[scorer]);
      expect(row).toBeDefined();
      // Either exactly the last acknowledged save, or the one in flight at the crash, committed with its answer lost.
      const isLastAcknowledged = row?.version === note.acknowledged?.version && row?.text === note.acknowledged?.text;
      const isInFlight = row?.version === (note.acknowledged?.version ?? 0) + 1 && row?.text === note.inFlight;
      expect({ scorer, row, note, isKept: isLastAcknowledged || isInFlight }).toMatchObject({ isKept: true });
    }
  }, 180_000);
});
