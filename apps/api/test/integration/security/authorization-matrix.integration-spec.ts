import { randomUUID } from 'node:crypto';

import { GraphQLSchemaHost } from '@nestjs/graphql';

import { LiveEventsService } from '@api/modules/live/live-events.service';
import { sessionActivityTopic } from '@api/modules/live/session-activity';

import type { GraphQLClient, GraphQLResponse } from '@api-test/support/graphql-client';
import { sampleGuide } from '@api-test/support/guides';
import { subscribe } from '@api-test/support/subscription-client';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

import { type AuthzWorld, createAuthzWorld, type Role, ROLES, TEAM_A_MARK } from './authz-world';
import { OPERATION_CASES } from './operation-cases';
import { type SchemaOperation, schemaOperations } from './operation-documents';
import { teamFootprint } from './team-footprint';

type Outcome = 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'SOCKET_REFUSED';

const OK = 'allowed';
const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
const N = 'NOT_FOUND';
const C = 'CONFLICT';

/**
 * THE table: what each operation answers each caller. "interviewer" leads the
 * session under test; "coordinator" is team A's and sits on no panel;
 * "otherTeam" is team B's coordinator calling with team A's ids. Every
 * operation of the schema has a row, and every row is an operation.
 */
const EXPECTED: Record<string, Record<Role, Outcome>> = {
  // Queries
  auditEvents: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: OK },
  auditFacets: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: OK },
  availability: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: N },
  calibration: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: OK },
  candidate: { anonymous: U, interviewer: OK, coordinator: OK, otherTeam: N },
  candidateDuplicates: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: OK },
  candidateReview: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: N },
  candidatesAwaitingDecision: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: OK },
  candidates: { anonymous: U, interviewer: OK, coordinator: OK, otherTeam: OK },
  feedbackTimeliness: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: OK },
  bookingConflicts: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: N },
  findSlots: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: N },
  guide: { anonymous: U, interviewer: OK, coordinator: OK, otherTeam: N },
  guideDeletionPreview: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: N },
  guideMarkdown: { anonymous: U, interviewer: OK, coordinator: OK, otherTeam: N },
  guides: { anonymous: U, interviewer: OK, coordinator: OK, otherTeam: OK },
  invitePreview: { anonymous: OK, interviewer: OK, coordinator: OK, otherTeam: OK },
  invites: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: OK },
  kit: { anonymous: U, interviewer: OK, coordinator: OK, otherTeam: N },
  mailStatus: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: OK },
  kits: { anonymous: U, interviewer: OK, coordinator: OK, otherTeam: OK },
  me: { anonymous: U, interviewer: OK, coordinator: OK, otherTeam: OK },
  members: { anonymous: U, interviewer: OK, coordinator: OK, otherTeam: OK },
  myInterviews: { anonymous: U, interviewer: OK, coordinator: OK, otherTeam: OK },
  notifications: { anonymous: U, interviewer: OK, coordinator: OK, otherTeam: OK },
  outgoingMessages: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: OK },
  passwordResetPreview: { anonymous: OK, interviewer: OK, coordinator: OK, otherTeam: OK },
  schedulingRequests: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: N },
  bookingPage: { anonymous: OK, interviewer: OK, coordinator: OK, otherTeam: OK },
  question: { anonymous: U, interviewer: OK, coordinator: OK, otherTeam: N },
  questionFacets: { anonymous: U, interviewer: OK, coordinator: OK, otherTeam: OK },
  questions: { anonymous: U, interviewer: OK, coordinator: OK, otherTeam: OK },
  rubric: { anonymous: U, interviewer: OK, coordinator: OK, otherTeam: N },
  rubrics: { anonymous: U, interviewer: OK, coordinator: OK, otherTeam: OK },
  scorecardsDue: { anonymous: U, interviewer: OK, coordinator: OK, otherTeam: OK },
  session: { anonymous: U, interviewer: OK, coordinator: OK, otherTeam: N },
  sessionActivityHistory: { anonymous: U, interviewer: OK, coordinator: OK, otherTeam: N },
  sessionPresence: { anonymous: U, interviewer: OK, coordinator: OK, otherTeam: N },
  sessions: { anonymous: U, interviewer: OK, coordinator: OK, otherTeam: OK },
  setupStatus: { anonymous: OK, interviewer: OK, coordinator: OK, otherTeam: OK },
  team: { anonymous: U, interviewer: OK, coordinator: OK, otherTeam: OK },

  // Mutations
  acceptInvite: { anonymous: OK, interviewer: OK, coordinator: OK, otherTeam: OK },
  addQuestionToKit: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: N },
  addQuestionToSession: { anonymous: U, interviewer: OK, coordinator: F, otherTeam: N },
  amendScorecard: { anonymous: U, interviewer: OK, coordinator: N, otherTeam: N },
  cancelSession: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: N },
  changeMemberRole: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: N },
  changePassword: { anonymous: U, interviewer: OK, coordinator: OK, otherTeam: OK },
  completeSetup: { anonymous: C, interviewer: C, coordinator: C, otherTeam: C },
  completeSession: { anonymous: U, interviewer: OK, coordinator: OK, otherTeam: N },
  createCandidate: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: OK },
  createKit: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: N },
  createQuestion: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: N },
  createRubric: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: OK },
  createTeam: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: OK },
  deactivateMember: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: N },
  deleteCandidate: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: N },
  importGuides: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: OK },
  deleteGuide: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: N },
  retireGuide: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: N },
  restoreGuide: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: N },
  inviteMember: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: OK },
  markNoShow: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: N },
  markNotificationRead: { anonymous: U, interviewer: OK, coordinator: N, otherTeam: N },
  markQuestionAsked: { anonymous: U, interviewer: OK, coordinator: F, otherTeam: N },
  mergeCandidates: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: N },
  nudgeInterviewer: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: N },
  requestPasswordReset: { anonymous: OK, interviewer: OK, coordinator: OK, otherTeam: OK },
  resetPassword: { anonymous: OK, interviewer: OK, coordinator: OK, otherTeam: OK },
  retryOutgoingMessage: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: N },
  createSchedulingRequest: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: N },
  resendSchedulingRequest: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: N },
  revokeSchedulingRequest: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: N },
  bookSlot: { anonymous: OK, interviewer: OK, coordinator: OK, otherTeam: OK },
  rescheduleBooking: { anonymous: OK, interviewer: OK, coordinator: OK, otherTeam: OK },
  cancelBooking: { anonymous: OK, interviewer: OK, coordinator: OK, otherTeam: OK },
  recordDecision: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: N },
  rescheduleSession: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: N },
  revokeCalendarToken: { anonymous: U, interviewer: OK, coordinator: OK, otherTeam: OK },
  revokeInvite: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: N },
  rotateCalendarToken: { anonymous: U, interviewer: OK, coordinator: OK, otherTeam: OK },
  saveScorecard: { anonymous: U, interviewer: OK, coordinator: F, otherTeam: N },
  saveSessionNote: { anonymous: U, interviewer: OK, coordinator: F, otherTeam: N },
  scheduleSession: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: N },
  sendTestEmail: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: OK },
  setAvailability: { anonymous: U, interviewer: OK, coordinator: OK, otherTeam: OK },
  setScorecardRevealDeadline: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: N },
  signIn: { anonymous: OK, interviewer: OK, coordinator: OK, otherTeam: OK },
  signOut: { anonymous: U, interviewer: OK, coordinator: OK, otherTeam: OK },
  skipQuestion: { anonymous: U, interviewer: OK, coordinator: F, otherTeam: N },
  startSession: { anonymous: U, interviewer: OK, coordinator: OK, otherTeam: N },
  submitScorecard: { anonymous: U, interviewer: OK, coordinator: N, otherTeam: N },
  switchTeam: { anonymous: U, interviewer: OK, coordinator: OK, otherTeam: N },
  updateEmailPreferences: { anonymous: U, interviewer: OK, coordinator: OK, otherTeam: OK },
  updateCandidate: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: N },
  updateKit: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: N },
  updateQuestion: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: N },
  updateRubric: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: N },
  updateProfile: { anonymous: U, interviewer: OK, coordinator: OK, otherTeam: OK },
  updateTeamSettings: { anonymous: U, interviewer: F, coordinator: OK, otherTeam: OK },

  // Subscriptions (over graphql-ws; a socket without a session is refused at connection)
  sessionActivity: { anonymous: 'SOCKET_REFUSED', interviewer: OK, coordinator: OK, otherTeam: N },
};

// Answers that change with the clock between two reads (ages in hours).
const CLOCK_DEPENDENT = new Set(['feedbackTimeliness']);
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
// Team A's names all carry its mark; its first candidate comes from the shared panel fixture.
const TEAM_A_NAMES = new RegExp(`${TEAM_A_MARK}|Casey Candidate`, 'i');

type Actual = Record<string, Partial<Record<Role, string>>>;

function outcomeOf(name: string, result: GraphQLResponse): string {
  if (result.errors?.length) {
    return result.errors[0]?.extensions?.code ?? 'NO_CODE';
  }
  const value = result.data?.[name];

  return value === null || value === undefined ? 'NO_DATA' : OK;
}

/** Every string in the answer that names team A: one of its stored ids, its name mark, or its candidate. */
function leaksIn(value: unknown, teamAIds: Set<string>, path = ''): string[] {
  if (typeof value === 'string') {
    const ids = (value.match(UUID) ?? []).filter((id) => teamAIds.has(id));
    const named = TEAM_A_NAMES.test(value);

    return ids.length || named ? [`${path} = ${value.slice(0, 120)}`] : [];
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => leaksIn(inner, teamAIds, `${path}.${key}`));
  }

  return [];
}

describe('authorization matrix (every operation of the schema × anonymous, interviewer, coordinator, other team)', () => {
  let testApp: TestApp;
  let world: AuthzWorld;
  let operations: SchemaOperation[];
  /** Operations both in the schema and in the table. */
  let covered: SchemaOperation[];

  const rolesOf = (filter: (name: string, role: Role) => boolean) =>
    covered.flatMap((operation) => ROLES.filter((role) => filter(operation.name, role)).map((role) => ({ operation, role })));

  async function subscriptionOutcome(operation: SchemaOperation, client: GraphQLClient | null, variables: Record<string, unknown>) {
    const document = operation.document(variables);
    const feed = subscribe(testApp.baseUrl, client, document, variables);
    const settled = feed.next(1).then(
      () => OK,
      (error: unknown) =>
        Array.isArray(error)
          ? ((error[0] as { extensions?: { code?: string } }).extensions?.code ?? 'NO_CODE')
          : (error as { code?: number }).code === 4403
            ? 'SOCKET_REFUSED'
            : `CLOSED_${(error as { code?: number }).code}`,
    );
    try {
      // A caller hears nothing until something happens: an event published straight to the session's
      // topic (as any replica would) reaches an allowed subscriber, and writes nothing of team A.
      for (let attempt = 0; attempt < 20; attempt += 1) {
        const outcome = await Promise.race([settled, new Promise<null>((resolve) => setTimeout(() => resolve(null), 150))]);
        if (outcome) {
          return outcome;
        }
        await testApp.app.get(LiveEventsService).publish(sessionActivityTopic(String(variables['sessionId'])), {
          sessionActivity: {
            id: randomUUID(),
            kind: 'SESSION_STARTED',
            sessionId: variables['sessionId'],
            sessionQuestionId: null,
            actorId: null,
            actorName: null,
            at: new Date(),
          },
        });
      }

      return 'NO_EVENT';
    } finally {
      await feed.close();
    }
  }

  async function call(operation: SchemaOperation, role: Role): Promise<{ outcome: string; answer: unknown }> {
    const spec = OPERATION_CASES[operation.name] ?? {};
    const client = spec.caller ? await spec.caller(world, role) : world.clients[role];
    const variables = spec.args ? await spec.args(world, role) : {};
    if (operation.kind === 'subscription') {
      const outcome = await subscriptionOutcome(operation, role === 'anonymous' ? null : client, variables);

      return { outcome, answer: null };
    }
    const answer = await client.request(operation.document(variables), variables);

    return { outcome: outcomeOf(operation.name, answer), answer };
  }

  /** Team A as its coordinator and its interviewer read it: every query they may run, answer by answer. */
  async function teamAView(): Promise<Record<string, unknown>> {
    const view: Record<string, unknown> = {};
    for (const operation of covered.filter((entry) => entry.kind === 'query' && !CLOCK_DEPENDENT.has(entry.name))) {
      for (const role of ['interviewer', 'coordinator'] as const) {
        if (EXPECTED[operation.name]?.[role] === OK) {
          view[`${operation.name}:${role}`] = (await call(operation, role)).answer;
        }
      }
    }

    return view;
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    world = await createAuthzWorld(testApp);
    operations = schemaOperations(testApp.app.get(GraphQLSchemaHost).schema);
    covered = operations.filter((operation) => operation.name in EXPECTED && operation.name in OPERATION_CASES);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should have one row per operation of the schema, and no row for an operation the schema lacks', () => {
    const inSchema = operations.map((operation) => operation.name).sort();

    expect({ table: Object.keys(EXPECTED).sort(), calls: Object.keys(OPERATION_CASES).sort() }).toEqual({ table: inSchema, calls: inSchema });
  });

  it('should refuse anonymous and other-team callers as the table says, leak nothing of team A and change nothing in it', async () => {
    const before = await teamFootprint(testApp.dataSource, world.teamA.team.teamId);
    const viewBefore = await teamAView();
    const actual: Actual = {};
    const leaks: string[] = [];

    for (const { operation, role } of rolesOf(
      (name, role) => (role === 'anonymous' || role === 'otherTeam') && !(OPERATION_CASES[name]?.actsInTeamA && EXPECTED[name]?.[role] === OK),
    )) {
      const { outcome, answer } = await call(operation, role);
      (actual[operation.name] ??= {})[role] = outcome;
      if (role === 'otherTeam' && !OPERATION_CASES[operation.name]?.isBearer) {
        leaks.push(...leaksIn(answer, before.ids).map((leak) => `${operation.name}${leak}`));
      }
    }
    const after = await teamFootprint(testApp.dataSource, world.teamA.team.teamId);
    const changed = Object.keys(before.digests).filter((table) => after.digests[table] !== before.digests[table]);
    const expected = Object.fromEntries(
      Object.entries(actual).map(([name, byRole]) => [name, Object.fromEntries(Object.keys(byRole).map((role) => [role, EXPECTED[name]?.[role as Role]]))]),
    );

    // The scan is not vacuous: it finds team A in team A's own answers.
    expect(leaksIn(viewBefore['candidates:coordinator'], before.ids)).not.toEqual([]);
    expect({ outcomes: actual, leaks, changedTablesOfTeamA: changed }).toEqual({ outcomes: expected, leaks: [], changedTablesOfTeamA: [] });
    expect(await teamAView()).toEqual(viewBefore);
  });

  it('should refuse team A\u2019s ids inside team B\u2019s own records, leak nothing and change nothing in team A', async () => {
    const b = world.clients.otherTeam;
    const bCoordinator = world.teamB.coordinator.userId;
    await b.data(`mutation I($input: ImportGuidesInput!) { importGuides(input: $input) { dryRun } }`, {
      input: { files: [sampleGuide('product-manager.md')], dryRun: false },
    });
    const { questions } = await b.data(`{ questions(first: 1) { edges { node { id } } } }`);
    const { createRubric } = await b.data(`mutation R($input: CreateRubricInput!) { createRubric(input: $input) { id } }`, {
      input: { name: 'Team B rubric', competencies: [{ name: 'Focus' }] },
    });
    const kitInput = { name: 'Team B kit', targetRole: 'PM', rubricId: createRubric.id, items: [{ questionId: questions.edges[0].node.id, plannedMinutes: 10 }] };
    const { createKit } = await b.data(`mutation K($input: CreateKitInput!) { createKit(input: $input) { id version } }`, { input: kitInput });
    const { createCandidate } = await b.data(`mutation C($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`, {
      input: { name: 'Team B candidate', email: 'twin@example.test', notes: '' },
    });
    const bSession = { candidateId: createCandidate.id, kitId: createKit.id, durationMinutes: 60, timeZone: 'UTC', location: '' };
    const { scheduleSession } = await b.data(`mutation S($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`, {
      input: {
        ...bSession,
        startsAt: new Date(world.now - 5 * 60_000).toISOString(),
        panel: [{ userId: bCoordinator, role: 'LEAD' }],
        overrideAvailability: true,
        overrideReason: 'Entered after it started',
      },
    });
    const a = world.teamA;
    const later = new Date(world.now + 30 * 86_400_000).toISOString();
    // Each call names team B's own records plus one of team A's.
    // Each call names team B's own records plus one of team A's, in the field the answer must blame.
    const mixed: [string, string, Record<string, unknown>][] = [
      ['addQuestionToSession', 'questionId', { input: { sessionId: scheduleSession.id, questionId: a.questionIds[3], plannedMinutes: 5 } }],
      [
        'saveSessionNote',
        'sessionQuestionId',
        { input: { sessionId: scheduleSession.id, sessionQuestionId: world.sessions.main.sessionQuestionIds[0], editId: randomUUID(), expectedVersion: 0, text: 'x' } },
      ],
      ['nudgeInterviewer', 'interviewerId', { input: { sessionId: scheduleSession.id, interviewerId: a.members.lead.userId } }],
      [
        'scheduleSession',
        'panel.1.userId',
        { input: { ...bSession, startsAt: later, panel: [{ userId: bCoordinator, role: 'LEAD' }, { userId: a.members.lead.userId, role: 'CO_INTERVIEWER' }] } },
      ],
      ['scheduleSession', 'kitId', { input: { ...bSession, kitId: a.kitId, startsAt: later, panel: [{ userId: bCoordinator, role: 'LEAD' }] } }],
      ['scheduleSession', 'candidateId', { input: { ...bSession, candidateId: a.candidateId, startsAt: later, panel: [{ userId: bCoordinator, role: 'LEAD' }] } }],
      ['createKit', 'items.0.questionId', { input: { ...kitInput, name: 'Mixed kit', items: [{ questionId: a.questionIds[0], plannedMinutes: 10 }] } }],
      ['addQuestionToKit', 'questionId', { input: { kitId: createKit.id, questionId: a.questionIds[0], plannedMinutes: 5 } }],
      ['updateKit', 'rubricId', { input: { ...kitInput, id: createKit.id, expectedVersion: createKit.version, rubricId: world.rubricId } }],
      ['mergeCandidates', 'sourceIds', { input: { targetId: createCandidate.id, sourceIds: [world.candidates.mergeSource] } }],
      [
        'findSlots',
        'interviewerIds',
        { input: { interviewerIds: [bCoordinator, a.members.lead.userId], from: later, to: new Date(world.now + 32 * 86_400_000).toISOString(), durationMinutes: 60 } },
      ],
    ];
    const before = await teamFootprint(testApp.dataSource, a.team.teamId);
    const answers: string[] = [];
    const leaks: string[] = [];
    for (const [name, , variables] of mixed) {
      const operation = operations.find((entry) => entry.name === name);
      const answer = await b.request(operation?.document(variables) ?? '', variables);
      answers.push(`${name}: ${outcomeOf(name, answer)} ${answer.errors?.[0]?.extensions?.field ?? ''}`);
      leaks.push(...leaksIn(answer, before.ids).map((leak) => `${name}${leak}`));
    }
    const after = await teamFootprint(testApp.dataSource, a.team.teamId);

    expect({ answers, leaks, changed: Object.keys(before.digests).filter((table) => after.digests[table] !== before.digests[table]) }).toEqual({
      answers: mixed.map(([name, field]) => `${name}: ${N} ${field}`),
      leaks: [],
      changed: [],
    });
  });

  it('should answer team A\u2019s interviewer and coordinator as the table says (and token bearers from anywhere)', async () => {
    const actual: Actual = {};
    const expected: Actual = {};
    const inTeamA = rolesOf((_, role) => role === 'interviewer' || role === 'coordinator');
    const bearers = rolesOf(
      (name, role) => (role === 'anonymous' || role === 'otherTeam') && Boolean(OPERATION_CASES[name]?.actsInTeamA) && EXPECTED[name]?.[role] === OK,
    );
    for (const { operation, role } of [...inTeamA, ...bearers]) {
      (actual[operation.name] ??= {})[role] = (await call(operation, role)).outcome;
      (expected[operation.name] ??= {})[role] = EXPECTED[operation.name]?.[role];
    }

    expect(Object.keys(actual).sort()).toEqual(covered.map((operation) => operation.name).sort());
    expect(actual).toEqual(expected);
  });

  it('should show a co-panelist only their own ratings until they submit (Rule 2; every path and role: interview/scorecards.integration-spec.ts)', async () => {
    const { lead, co } = world.teamA.members;
    const READ = `query R($id: ID!) { session(id: $id) { myScorecard { id version } scorecards { interviewer { id } ratings { level } } } }`;
    const readAs = async (client: GraphQLClient) =>
      (await client.data(READ, { id: world.sessions.scored.id })).session as {
        myScorecard: { id: string; version: number } | null;
        scorecards: { interviewer: { id: string } }[];
      };
    const authors = (view: { scorecards: { interviewer: { id: string } }[] }) => view.scorecards.map((card) => card.interviewer.id).sort();

    const coBefore = await readAs(world.teamA.co);
    expect(authors(coBefore)).toEqual([co.userId]);
    expect(authors(await readAs(world.clients.coordinator))).toEqual([lead.userId]);

    await world.teamA.co.data(`mutation S($input: SubmitScorecardInput!) { submitScorecard(input: $input) { id } }`, {
      input: { scorecardId: coBefore.myScorecard?.id, expectedVersion: coBefore.myScorecard?.version },
    });
    expect(authors(await readAs(world.teamA.co))).toEqual([lead.userId, co.userId].sort());
  });
});
