import { randomUUID } from 'node:crypto';

import { Client } from 'pg';
import type { DataSource } from 'typeorm';

import { createPanelFixture, type PanelFixture } from '@api-test/support/interview-fixture';
import type { GraphQLClient, GraphQLResponse } from '@api-test/support/graphql-client';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

// Issue #20, point 5: a retried edit is never its own conflict, and every CONFLICT reports the
// version stored once the concurrent winner has committed, whichever versioned record it is.

const DAY = 86_400_000;
const SAVE_NOTE = `mutation N($input: SaveSessionNoteInput!) { saveSessionNote(input: $input) { version text } }`;

type Versioned = {
  name: string;
  /** Creates the record; answers where it is stored, its version, and the stale edit to send. */
  prepare(panel: PanelFixture, index: number, dataSource: DataSource): Promise<{ table: string; id: string; version: number; caller: GraphQLClient; stale(): Promise<GraphQLResponse> }>;
};

// Availability is one row per person.
const keyOf = (table: string) => (table === 'availability' ? 'user_id' : 'id');
const future = (index: number) => new Date(Math.floor(Date.now() / DAY) * DAY + (20 + index) * DAY);

const RECORDS: Versioned[] = [
  {
    name: 'candidate',
    async prepare(panel, index) {
      const { createCandidate } = await panel.coordinator.data(`mutation C($input: CreateCandidateInput!) { createCandidate(input: $input) { id version } }`, {
        input: { name: `Race ${index}` },
      });
      const stale = () =>
        panel.coordinator.request(`mutation U($input: UpdateCandidateInput!) { updateCandidate(input: $input) { version } }`, {
          input: { id: createCandidate.id, name: 'Loser', expectedVersion: createCandidate.version },
        });

      return { table: 'candidate', id: createCandidate.id, version: createCandidate.version, caller: panel.coordinator, stale };
    },
  },
  {
    name: 'kit',
    async prepare(panel, index) {
      const { kit } = await panel.coordinator.data(`query K($id: ID!) { kit(id: $id) { rubric { id } } }`, { id: panel.kitId });
      const content = { targetRole: 'Engineer', rubricId: kit.rubric.id, items: [{ questionId: panel.questionIds[0], plannedMinutes: 10 }] };
      const { createKit } = await panel.coordinator.data(`mutation K($input: CreateKitInput!) { createKit(input: $input) { id version } }`, {
        input: { name: `Race kit ${index}`, ...content },
      });
      const stale = () =>
        panel.coordinator.request(`mutation U($input: UpdateKitInput!) { updateKit(input: $input) { version } }`, {
          input: { id: createKit.id, name: 'Loser', ...content, expectedVersion: createKit.version },
        });

      return { table: 'interview_kit', id: createKit.id, version: createKit.version, caller: panel.coordinator, stale };
    },
  },
  {
    name: 'rubric',
    async prepare(panel, index) {
      const { createRubric } = await panel.coordinator.data(`mutation R($input: CreateRubricInput!) { createRubric(input: $input) { id version } }`, {
        input: { name: `Race rubric ${index}`, competencies: [{ name: 'Clarity' }] },
      });
      const stale = () =>
        panel.coordinator.request(`mutation U($input: UpdateRubricInput!) { updateRubric(input: $input) { version } }`, {
          input: { id: createRubric.id, name: `Loser ${index}`, competencies: [{ name: 'Clarity' }], expectedVersion: createRubric.version },
        });

      return { table: 'rubric', id: createRubric.id, version: createRubric.version, caller: panel.coordinator, stale };
    },
  },
  {
    name: 'availability',
    async prepare(panel) {
      const set = (expectedVersion: number) =>
        panel.co.request(`mutation A($input: SetAvailabilityInput!) { setAvailability(input: $input) { version } }`, {
          input: { timeZone: 'UTC', weeklyWindows: [{ weekday: 1, start: '09:00', end: '17:00' }], expectedVersion },
        });
      const { availability } = await panel.co.data(`{ availability { version } }`);
      const saved = (await set(availability.version)).data as { setAvailability: { version: number } };

      return { table: 'availability', id: panel.members.co.userId, version: saved.setAvailability.version, caller: panel.co, stale: () => set(saved.setAvailability.version) };
    },
  },
  {
    name: 'session',
    async prepare(panel, index) {
      const { id } = await panel.schedule({ startsAt: future(index), panel: [{ userId: panel.members.lead.userId, role: 'LEAD' }] });
      const { session } = await panel.coordinator.data(`query S($id: ID!) { session(id: $id) { version } }`, { id });
      const stale = () =>
        panel.coordinator.request(`mutation M($input: RescheduleSessionInput!) { rescheduleSession(input: $input) { version } }`, {
          input: { sessionId: id, startsAt: new Date(future(index).getTime() + 3_600_000).toISOString(), expectedVersion: session.version, reason: 'Race' },
        });

      return { table: 'interview_session', id, version: session.version, caller: panel.coordinator, stale };
    },
  },
  {
    name: 'note',
    async prepare(panel, index, dataSource) {
      const { id, sessionQuestionIds } = await panel.schedule({
        startsAt: new Date(Date.now() - (index + 2) * 2 * 3_600_000),
        panel: [{ userId: panel.members.lead.userId, role: 'LEAD' }],
      });
      const input = { sessionId: id, sessionQuestionId: sessionQuestionIds[0], text: 'First' };
      const { saveSessionNote } = await panel.lead.data(SAVE_NOTE, { input: { ...input, expectedVersion: 0, editId: randomUUID() } });
      const [note]: { id: string }[] = await dataSource.query(`SELECT id FROM session_note WHERE session_id = $1`, [id]);
      const stale = () => panel.lead.request(SAVE_NOTE, { input: { ...input, text: 'Loser', expectedVersion: saveSessionNote.version, editId: randomUUID() } });

      return { table: 'session_note', id: note?.id ?? '', version: saveSessionNote.version, caller: panel.lead, stale };
    },
  },
  {
    name: 'scorecard draft',
    async prepare(panel, index) {
      const { id } = await panel.schedule({
        startsAt: new Date(Date.now() - (index + 2) * 2 * 3_600_000),
        panel: [{ userId: panel.members.lead.userId, role: 'LEAD' }],
      });
      const save = (expectedVersion: number) =>
        panel.lead.request(`mutation S($input: SaveScorecardInput!) { saveScorecard(input: $input) { id version } }`, {
          input: { sessionId: id, expectedVersion, ratings: [], summary: 'Draft' },
        });
      const saved = (await save(0)).data as { saveScorecard: { id: string; version: number } };

      return { table: 'scorecard', id: saved.saveScorecard.id, version: saved.saveScorecard.version, caller: panel.lead, stale: () => save(saved.saveScorecard.version) };
    },
  },
];

describe('versions and retries (issue #20)', () => {
  let testApp: TestApp;
  let panel: PanelFixture;

  beforeAll(async () => {
    testApp = await startTestApp();
    panel = await createPanelFixture(testApp, 'versions');
  });

  afterAll(async () => {
    await testApp.close();
  });

  it.each([
    { name: 'a first save', expectedVersion: 0 },
    { name: 'an edit of a stored note', expectedVersion: 1 },
  ])('should let any number of retries of $name through with one stored version and no CONFLICT', async ({ expectedVersion }) => {
    const { id, sessionQuestionIds } = await panel.schedule({
      startsAt: new Date(Date.now() - (expectedVersion + 5) * 2 * 3_600_000),
      panel: [{ userId: panel.members.lead.userId, role: 'LEAD' }],
    });
    const base = { sessionId: id, sessionQuestionId: sessionQuestionIds[0] };
    if (expectedVersion === 1) {
      await panel.lead.data(SAVE_NOTE, { input: { ...base, text: 'Before', expectedVersion: 0, editId: randomUUID() } });
    }
    const edit = { ...base, text: 'My own words', expectedVersion, editId: randomUUID() };
    const answers = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      answers.push(await panel.lead.request(SAVE_NOTE, { input: edit }));
    }

    expect(answers.map((answer) => answer.errors?.[0]?.extensions?.code ?? null)).toEqual([null, null, null, null, null]);
    expect(answers.map((answer) => answer.data?.['saveSessionNote'])).toEqual(Array(5).fill({ version: expectedVersion + 1, text: 'My own words' }));
  });

  it('should let retries of one edit carrying newer text each time through, storing the last', async () => {
    const { id, sessionQuestionIds } = await panel.schedule({
      startsAt: new Date(Date.now() - 9 * 2 * 3_600_000),
      panel: [{ userId: panel.members.lead.userId, role: 'LEAD' }],
    });
    const edit = { sessionId: id, sessionQuestionId: sessionQuestionIds[0], expectedVersion: 0, editId: randomUUID() };
    const codes = [];
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      codes.push((await panel.lead.request(SAVE_NOTE, { input: { ...edit, text: 'more '.repeat(attempt) } })).errors?.[0]?.extensions?.code ?? null);
    }
    const { session } = await panel.lead.data(`query R($id: ID!) { session(id: $id) { myNotes { text } } }`, { id });

    expect(codes).toEqual([null, null, null, null]);
    expect(session.myNotes[0].text).toBe('more '.repeat(4));
  });

  // The race needs two sessions on one database: the embedded PGlite has a single one.
  const describeOnServer = process.env['TEST_DATABASE_URL'] ? describe : describe.skip;
  describeOnServer('a save racing a concurrent one', () => {
    let winner: Client;
    let observer: Client;

    beforeAll(async () => {
      winner = new Client({ connectionString: testApp.database.url });
      observer = new Client({ connectionString: testApp.database.url });
      await Promise.all([winner.connect(), observer.connect()]);
    });

    afterAll(async () => {
      await Promise.all([winner.end(), observer.end()]);
    });

    async function waitForLockWait(): Promise<void> {
      for (let attempt = 0; attempt < 200; attempt += 1) {
        const { rows } = await observer.query<{ waiting: number }>(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        if ((rows[0]?.waiting ?? 0) > 0) {
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error('the stale save never waited for the concurrent one');
    }

    it.each(RECORDS.map((record, index) => ({ ...record, index })))(
      'should report the $name version stored after the winner committed',
      async ({ prepare, index }) => {
        const record = await prepare(panel, index, testApp.dataSource);
        // The winner's save is in flight: its row is locked, its new version not yet visible.
        await winner.query('BEGIN');
        await winner.query(`UPDATE ${record.table} SET version = version + 1 WHERE ${keyOf(record.table)} = $1`, [record.id]);
        const loser = record.stale();
        await waitForLockWait();
        await winner.query('COMMIT');
        const answer = await loser;
        const { rows } = await observer.query<{ version: number }>(
          `SELECT version FROM ${record.table} WHERE ${keyOf(record.table)} = $1`,
          [record.id],
        );

        expect(rows[0]?.version).toBe(record.version + 1);
        expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion', currentVersion: record.version + 1 });
      },
    );
  });
});
