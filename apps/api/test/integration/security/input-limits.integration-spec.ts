import { randomUUID } from 'node:crypto';

import type { GraphQLClient } from '@api-test/support/graphql-client';
import { createPanelFixture, type PanelFixture } from '@api-test/support/interview-fixture';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

import { changedTables, databaseFingerprint } from './database-state';
import { OPERATION_BASELINES as BASELINES } from './operation-baselines';
import {
  acceptsNul,
  builtSchema,
  declaredLimit,
  type MutationField,
  mutationDocument,
  mutationFields,
  postGraphQL,
  type RawResponse,
  type TextInput,
  textInputs,
  validationField,
  withValueAt,
} from './mutation-inputs';

// Issue #8: every text a caller sends is bounded, and what is stored comes back as it was sent.

type Probe = { name: string; value(limit: number | null): string | null };

const PROBES: Probe[] = [
  { name: 'one character past the limit', value: (limit) => (limit === null ? null : 'a'.repeat(limit + 1)) },
  {
    name: 'a 1,000,000-character value (twice the limit where that is more)',
    value: (limit) => 'a'.repeat(Math.max(1_000_000, (limit ?? 0) * 2)),
  },
  {
    // validator.js (class-validator's MaxLength) counts "❤️" (U+2764 U+FE0F) as one character:
    // twice the limit in code points slipped past it and failed in varchar columns.
    name: 'the limit in "❤️", two code points each',
    value: (limit) => '\u2764\uFE0F'.repeat(limit ?? 1_000_000),
  },
];

const post = (testApp: TestApp, client: GraphQLClient | null, query: string, variables: Record<string, unknown>) =>
  postGraphQL(testApp.baseUrl, client?.cookieHeader, query, variables);

describe('input limits and stored text (issue #8)', () => {
  let testApp: TestApp;
  let panel: PanelFixture;
  let mutations: MutationField[];

  beforeAll(async () => {
    testApp = await startTestApp();
    panel = await createPanelFixture(testApp, 'limits');
    mutations = mutationFields(builtSchema(testApp.app));
  });

  afterAll(async () => {
    await testApp.close();
  });

  const inputsOf = (mutation: MutationField) => textInputs(mutation);

  it('should walk a schema holding mutations with text inputs', () => {
    expect(mutations.flatMap(inputsOf).length).toBeGreaterThan(80);
  });

  it('should declare a length limit on every String and ID inside every mutation input', () => {
    const unbounded = mutations
      .flatMap(inputsOf)
      .filter((input) => declaredLimit(input) === null)
      .map((input) => `${input.mutation}: ${input.path.join('.')} (${input.parentType ?? 'argument'}.${input.field})`);

    expect(unbounded).toEqual([]);
  });

  it('should hold a valid baseline for every mutation that takes text, so each probe changes one field', () => {
    const missing = mutations.filter((mutation) => inputsOf(mutation).length && !BASELINES[mutation.name]).map((mutation) => mutation.name);

    expect(missing).toEqual([]);
  });

  it.each(PROBES)('should answer BAD_USER_INPUT naming the field, and store nothing, for $name', async (probe) => {
    const failures: string[] = [];
    for (const mutation of mutations) {
      const inputs = inputsOf(mutation);
      const baseline = BASELINES[mutation.name];
      if (!inputs.length || !baseline) {
        continue;
      }
      const client = baseline.as === 'anonymous' ? null : panel.coordinator;
      const before = await databaseFingerprint(testApp.dataSource);
      for (const input of inputs) {
        const text = probe.value(declaredLimit(input)?.max ?? null);
        if (text === null) {
          continue;
        }
        const variables = withValueAt(baseline.variables, input.path, input.isList ? [text] : text);
        const { status, body } = await post(testApp, client, mutationDocument(mutation), variables);
        const [error] = body.errors ?? [];
        if (status >= 500 || error?.extensions?.['code'] !== 'BAD_USER_INPUT' || error.extensions['field'] !== validationField(input)) {
          failures.push(describeFailure(input, status, body));
        }
      }
      const changed = changedTables(before, await databaseFingerprint(testApp.dataSource));
      if (changed.length) {
        failures.push(`${mutation.name}: probes changed ${changed.join(', ')}`);
      }
    }

    expect(failures).toEqual([]);
  });

  it.each([
    { name: 'a NUL character', text: 'before\u0000after' },
    { name: 'an unpaired surrogate', text: 'before\uD800after' },
  ])('should refuse $name in any text with BAD_USER_INPUT naming the field, and store nothing', async ({ text }) => {
    const failures: string[] = [];
    const before = await databaseFingerprint(testApp.dataSource);
    for (const mutation of mutations) {
      const baseline = BASELINES[mutation.name];
      for (const input of baseline ? inputsOf(mutation) : []) {
        if (text.includes('\u0000') && acceptsNul(input)) {
          continue;
        }
        const variables = withValueAt(baseline.variables, input.path, input.isList ? [text] : text);
        const { status, body } = await post(testApp, baseline.as === 'anonymous' ? null : panel.coordinator, mutationDocument(mutation), variables);
        const [error] = body.errors ?? [];
        // IDs may fail their format rule first; what matters is a typed refusal for that field.
        if (status >= 500 || error?.extensions?.['code'] !== 'BAD_USER_INPUT' || error.extensions['field'] !== validationField(input)) {
          failures.push(describeFailure(input, status, body));
        }
      }
    }

    expect(failures).toEqual([]);
    expect(changedTables(before, await databaseFingerprint(testApp.dataSource))).toEqual([]);
  });

  // Limits on what the importer derives from a file, where no input field bounds it.
  it.each([
    { name: 'slug', fileName: `${'long-name-'.repeat(25)}.md`, kind: 'Technical', pubDate: '2025-01-19' },
    { name: 'question kind', fileName: 'long-kind.md', kind: 'Very '.repeat(30), pubDate: '2025-01-19' },
    { name: 'publication date', fileName: 'long-date.md', kind: 'Technical', pubDate: '2025-01-19 '.repeat(5) },
  ])('should fail the import of a guide whose $name is longer than its column, storing nothing', async ({ fileName, kind, pubDate }) => {
    const text = `---\nterm: "Limits Interview Questions"\npubDate: "${pubDate}"\n---\n\n### ${kind} Questions\n\n#### How do you test limits?\n\n- **Answer:** With probes.\n`;
    const before = await databaseFingerprint(testApp.dataSource);
    const { status, body } = await post(testApp, panel.coordinator, `mutation I($input: ImportGuidesInput!) { importGuides(input: $input) { guides { status error { code } } } }`, {
      input: { files: [{ fileName, text }], dryRun: false },
    });

    expect(status).toBe(200);
    expect(body.data?.['importGuides']).toEqual({ guides: [{ status: 'FAILED', error: { code: 'VALUE_TOO_LONG' } }] });
    expect(changedTables(before, await databaseFingerprint(testApp.dataSource))).toEqual([]);
  });

  it('should let NUL through only to fields whose service handles control characters', () => {
    const accepting = mutations.flatMap(inputsOf).filter((input) => acceptsNul(input)).map((input) => `${input.mutation}: ${input.path.join('.')}`);

    // The parser reports a binary file as NOT_MARKDOWN, guide by guide (guide-import spec).
    expect(accepting).toEqual(['importGuides: input.files.0.text']);
  });

  describe('what is stored comes back byte for byte', () => {
    const PAYLOADS: Record<string, string> = {
      'a script tag': '<script>alert(1)</script>',
      'an attribute breakout': `"'><img src=x onerror=alert(1)>`,
      'unicode (combining, emoji, zero-width, bidi)': 'Zoë Ångström e\u0301 日本語 👩🏽‍💻 a\u200bb\u200dc \u202eRTL\u202c',
      'a spreadsheet formula': `=cmd|' /C calc'!A0`,
    };
    const DAY = 86_400_000;

    it.each(Object.entries(PAYLOADS).map(([name, text], index) => ({ name, text, index })))(
      'should return $name unchanged from every field it was written to',
      async ({ text, index }) => {
        const coordinator = panel.coordinator;
        const lead = panel.lead;
        const leadId = panel.members.lead.userId;
        const got: Record<string, unknown> = {};

        const { createCandidate } = await coordinator.data(
          `mutation C($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`,
          { input: { name: text, targetRole: text, notes: text } },
        );
        const { candidate } = await coordinator.data(`query Q($id: ID!) { candidate(id: $id) { name targetRole notes } }`, {
          id: createCandidate.id,
        });
        Object.assign(got, { 'candidate.name': candidate.name, 'candidate.targetRole': candidate.targetRole, 'candidate.notes': candidate.notes });

        const { createRubric } = await coordinator.data(
          `mutation R($input: CreateRubricInput!) { createRubric(input: $input) { id } }`,
          {
            input: {
              name: text,
              description: text,
              defaultForKind: text,
              scale: [
                { level: 1, label: text },
                { level: 2, label: 'Two' },
              ],
              competencies: [{ name: text, description: text, anchors: [{ level: 1, text }] }],
            },
          },
        );
        const { rubric } = await coordinator.data(
          `query Q($id: ID!) { rubric(id: $id) { name description defaultForKind scale { label } competencies { name description anchors { text } } } }`,
          { id: createRubric.id },
        );
        Object.assign(got, {
          'rubric.name': rubric.name,
          'rubric.description': rubric.description,
          'rubric.defaultForKind': rubric.defaultForKind,
          'rubric.scale.label': rubric.scale[0].label,
          'rubric.competency.name': rubric.competencies[0].name,
          'rubric.competency.description': rubric.competencies[0].description,
          'rubric.anchor.text': rubric.competencies[0].anchors[0].text,
        });

        const { createKit } = await coordinator.data(`mutation K($input: CreateKitInput!) { createKit(input: $input) { id } }`, {
          input: { name: text, targetRole: text, instructions: text, rubricId: createRubric.id, items: [{ questionId: panel.questionIds[0], plannedMinutes: 10 }] },
        });
        const { kit } = await coordinator.data(`query Q($id: ID!) { kit(id: $id) { name targetRole instructions } }`, { id: createKit.id });
        Object.assign(got, { 'kit.name': kit.name, 'kit.targetRole': kit.targetRole, 'kit.instructions': kit.instructions });

        // A future session: its location, then the reasons it was moved and cancelled.
        const future = new Date(Math.floor(Date.now() / DAY) * DAY + (10 + index * 2) * DAY);
        const { scheduleSession } = await coordinator.data(
          `mutation S($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id version } }`,
          {
            input: {
              candidateId: createCandidate.id,
              kitId: panel.kitId,
              startsAt: future.toISOString(),
              durationMinutes: 60,
              timeZone: 'UTC',
              location: text,
              panel: [{ userId: leadId, role: 'LEAD' }],
            },
          },
        );
        await coordinator.data(`mutation M($input: RescheduleSessionInput!) { rescheduleSession(input: $input) { id } }`, {
          input: { sessionId: scheduleSession.id, startsAt: new Date(future.getTime() + 3_600_000).toISOString(), expectedVersion: scheduleSession.version, reason: text },
        });
        await coordinator.data(`mutation X($input: CancelSessionInput!) { cancelSession(input: $input) { id } }`, {
          input: { sessionId: scheduleSession.id, reason: text },
        });
        const { session: moved } = await coordinator.data(`query Q($id: ID!) { session(id: $id) { location history { kind reason } } }`, {
          id: scheduleSession.id,
        });
        Object.assign(got, {
          'session.location': moved.location,
          'session.history.RESCHEDULED.reason': moved.history.find((event: { kind: string }) => event.kind === 'RESCHEDULED')?.reason,
          'session.history.CANCELLED.reason': moved.history.find((event: { kind: string }) => event.kind === 'CANCELLED')?.reason,
        });

        // A session that has started: the lead's note and scorecard, then its amendment.
        const { id: sessionId, sessionQuestionIds } = await panel.schedule({
          startsAt: new Date(Math.floor(Date.now() / 60_000) * 60_000 - (index + 1) * 3 * 3_600_000),
          candidateId: createCandidate.id,
          panel: [{ userId: leadId, role: 'LEAD' }],
        });
        await lead.data(`mutation N($input: SaveSessionNoteInput!) { saveSessionNote(input: $input) { id } }`, {
          input: { sessionId, sessionQuestionId: sessionQuestionIds[0], text, customFollowUps: [text], expectedVersion: 0, editId: randomUUID() },
        });
        const { session: scoring } = await lead.data(`query Q($id: ID!) { session(id: $id) { scoringRubric { competencies { id } } } }`, {
          id: sessionId,
        });
        const content = {
          ratings: scoring.scoringRubric.competencies.map(({ id }: { id: string }) => ({ competencyId: id, level: 3, notAssessed: false, evidence: text })),
          recommendation: 'YES',
          summary: text,
        };
        const { saveScorecard } = await lead.data(`mutation S($input: SaveScorecardInput!) { saveScorecard(input: $input) { id version } }`, {
          input: { sessionId, expectedVersion: 0, ...content },
        });
        const { submitScorecard } = await lead.data(`mutation S($input: SubmitScorecardInput!) { submitScorecard(input: $input) { version } }`, {
          input: { scorecardId: saveScorecard.id, expectedVersion: saveScorecard.version },
        });
        await lead.data(`mutation A($input: AmendScorecardInput!) { amendScorecard(input: $input) { id } }`, {
          input: { scorecardId: saveScorecard.id, expectedVersion: submitScorecard.version, reason: text, ...content },
        });
        const { session: scored } = await lead.data(
          `query Q($id: ID!) { session(id: $id) { myNotes { text customFollowUps } myScorecard { summary ratings { evidence } amendments { reason } } } }`,
          { id: sessionId },
        );
        Object.assign(got, {
          'note.text': scored.myNotes[0]?.text,
          'note.customFollowUps': scored.myNotes[0]?.customFollowUps[0],
          'scorecard.summary': scored.myScorecard.summary,
          'scorecard.evidence': scored.myScorecard.ratings[0]?.evidence,
          'scorecard.amendment.reason': scored.myScorecard.amendments[0]?.reason,
        });

        await coordinator.data(`mutation D($input: RecordDecisionInput!) { recordDecision(input: $input) { candidate { id } } }`, {
          input: { candidateId: createCandidate.id, decision: 'HOLD', rationale: text },
        });
        const { candidateReview } = await coordinator.data(`query Q($id: ID!) { candidateReview(candidateId: $id) { decisions { rationale } } }`, {
          id: createCandidate.id,
        });
        got['decision.rationale'] = candidateReview.decisions[0]?.rationale;

        const { availability: current } = await lead.data(`{ availability { version } }`);
        await lead.data(`mutation A($input: SetAvailabilityInput!) { setAvailability(input: $input) { version } }`, {
          input: {
            timeZone: 'UTC',
            // All day, every day: the next case books this lead at midnight UTC.
            weeklyWindows: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
            timeOff: [{ kind: 'dates', startDate: '2031-04-01', endDate: '2031-04-02', note: text }],
            expectedVersion: current.version,
          },
        });
        const { availability } = await lead.data(`{ availability { timeOff { note } } }`);
        got['availability.timeOff.note'] = availability.timeOff[0]?.note;

        const { inviteMember } = await coordinator.data(`mutation I($input: InviteMemberInput!) { inviteMember(input: $input) { url } }`, {
          input: { email: `invitee-${index}@example.test`, role: 'INTERVIEWER' },
        });
        const { acceptInvite } = await testApp.client().data(`mutation A($input: AcceptInviteInput!) { acceptInvite(input: $input) { user { id name } } }`, {
          input: { token: (inviteMember.url as string).split('/invite/')[1], name: text, password: 'Correct-Horse-Battery-42', timeZone: 'UTC' },
        });
        const { members } = await coordinator.data(`{ members { user { id name } } }`);
        got['user.name'] = members.find((member: { user: { id: string } }) => member.user.id === acceptInvite.user.id)?.user.name;

        const changed = Object.entries(got).filter(([, value]) => value !== text);

        expect(Object.keys(got)).toHaveLength(24);
        expect(Object.fromEntries(changed)).toEqual({});
      },
    );
  });
});

function describeFailure(input: TextInput, status: number, body: RawResponse['body']): string {
  const [error] = body.errors ?? [];
  const answer = error
    ? `${String(error.extensions?.['code'])} field=${String(error.extensions?.['field'])} "${error.message.slice(0, 120)}"`
    : `data ${JSON.stringify(body.data).slice(0, 120)}`;

  return `${input.mutation}: ${input.path.join('.')} → HTTP ${status}, ${answer}`;
}
