import { createPanelFixture, type PanelFixture } from '@api-test/support/interview-fixture';
import type { GraphQLClient } from '@api-test/support/graphql-client';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

const SCORECARD_FIELDS = `id status version recommendation summary submittedAt interviewer { id }
  competencies { id name } ratings { competencyId level notAssessed evidence } questionRatings { sessionQuestionId level }
  amendments { reason actorName previousRecommendation }`;
const SAVE = `mutation Save($input: SaveScorecardInput!) { saveScorecard(input: $input) { ${SCORECARD_FIELDS} } }`;
const SUBMIT = `mutation Submit($input: SubmitScorecardInput!) { submitScorecard(input: $input) { ${SCORECARD_FIELDS} } }`;
const AMEND = `mutation Amend($input: AmendScorecardInput!) { amendScorecard(input: $input) { ${SCORECARD_FIELDS} } }`;
const RUBRIC = `query Rubric($id: ID!) { session(id: $id) { scoringRubric { competencies { id } } } }`;

/** Every field path that can carry a rating, as one query per path. */
const LEAK_PATHS: Record<string, (sessionId: string) => [string, Record<string, unknown>]> = {
  'session.scorecards': (id) => [`query Q($id: ID!) { session(id: $id) { scorecards { interviewer { id } ratings { level } recommendation } } }`, { id }],
  'session.myScorecard': (id) => [`query Q($id: ID!) { session(id: $id) { myScorecard { interviewer { id } recommendation } } }`, { id }],
  'sessions.scorecards': () => [
    `query Q($from: DateTime!, $to: DateTime!) { sessions(from: $from, to: $to) { id scorecards { interviewer { id } ratings { level } } } }`,
    { from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date(Date.now() + 86_400_000).toISOString() },
  ],
  'myInterviews.scorecards': () => [`{ myInterviews { id scorecards { interviewer { id } ratings { level } } } }`, {}],
  'candidateReview.ratings': () => [
    `query Q($id: ID!) { candidateReview(candidateId: $id) { ratings { sessionId interviewer { id } level } recommendations { sessionId interviewer { id } } } }`,
    {},
  ],
  'calibration.submissionTimes': () => [
    `query Q($filter: AnalyticsFilterInput!) { calibration(filter: $filter) { submissionTimes { interviewer { id } } } }`,
    {},
  ],
};

type ScorecardView = { interviewer: { id: string } };

describe('scorecards and independent scoring (Rule 2)', () => {
  let testApp: TestApp;
  let panel: PanelFixture;
  let competencyIds: string[];
  const candidateOf: Record<string, string> = {};
  const startOf: Record<string, number> = {};

  /** Books a session with its own candidate, so candidate and date-range paths isolate it. */
  async function isolatedSession(panelOverride?: { userId: string; role: string }[], hoursAgo = 0.1) {
    const { createCandidate } = await panel.coordinator.data(`mutation C($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`, {
      input: { name: 'Isolated Candidate', notes: '' },
    });
    const startsAt = new Date(Math.floor((Date.now() - hoursAgo * 3_600_000) / 1000) * 1000);
    const session = await panel.schedule({ startsAt, candidateId: createCandidate.id, panel: panelOverride });
    candidateOf[session.id] = createCandidate.id;
    startOf[session.id] = startsAt.getTime();

    return session;
  }

  const content = (overrides: Record<string, unknown> = {}) => ({
    ratings: competencyIds.map((competencyId, index) => ({
      competencyId,
      level: index === 0 ? 4 : 3,
      notAssessed: false,
      evidence: index === 0 ? 'Derived the gradient flow unprompted' : '',
    })),
    questionRatings: [],
    recommendation: 'YES',
    summary: 'Good session',
    ...overrides,
  });

  async function submitted(client: GraphQLClient, sessionId: string, overrides: Record<string, unknown> = {}) {
    const { saveScorecard } = await client.data(SAVE, { input: { sessionId, expectedVersion: 0, ...content(overrides) } });

    return (await client.data(SUBMIT, { input: { scorecardId: saveScorecard.id, expectedVersion: saveScorecard.version } })).submitScorecard;
  }

  /** Whose scorecards each path shows the client, per path; sessions paths narrowed to this session. */
  async function visibleInterviewers(client: GraphQLClient, sessionId: string): Promise<Record<string, string[]>> {
    const seen: Record<string, string[]> = {};
    for (const [path, build] of Object.entries(LEAK_PATHS)) {
      const isolated = sessionId in candidateOf;
      if (!isolated && (path.startsWith('candidateReview') || path.startsWith('calibration'))) {
        continue; // These paths need a session with its own candidate and time slot to be read unambiguously.
      }
      const [query, builtVariables] = build(sessionId);
      const variables = path.startsWith('candidateReview')
        ? { id: candidateOf[sessionId] }
        : path.startsWith('calibration')
          ? { filter: { from: new Date(startOf[sessionId] - 60_000).toISOString(), to: new Date(startOf[sessionId] + 60_000).toISOString() } }
          : builtVariables;
      const result = await client.request<Record<string, any>>(query, variables);
      if (result.errors?.length) {
        seen[path] = [`error:${result.errors[0]?.extensions?.code}`];
        continue;
      }
      const data = result.data ?? {};
      if (path === 'candidateReview.ratings') {
        const review = data['candidateReview'] as { ratings: { sessionId: string; interviewer: { id: string } }[] };
        seen[path] = [...new Set(review.ratings.filter((rating) => rating.sessionId === sessionId).map((rating) => rating.interviewer.id))].sort();
        continue;
      }
      if (path === 'calibration.submissionTimes') {
        seen[path] = (data['calibration'].submissionTimes as ScorecardView[]).map((row) => row.interviewer.id).sort();
        continue;
      }
      const cards: ScorecardView[] =
        path === 'session.myScorecard'
          ? [data['session'].myScorecard].filter(Boolean)
          : path === 'session.scorecards'
            ? data['session'].scorecards
            : (data[path.split('.')[0]] as { id: string; scorecards: ScorecardView[] }[]).find((s) => s.id === sessionId)?.scorecards ?? [];
      seen[path] = cards.map((card) => card.interviewer.id).sort();
    }

    return seen;
  }

  /** What a panelist sees on every path: analytics and the review are not theirs at all. */
  const everywhere = (ids: string[]) => ({
    'session.scorecards': [...ids].sort(),
    'sessions.scorecards': [...ids].sort(),
    'myInterviews.scorecards': [...ids].sort(),
    'candidateReview.ratings': ['error:FORBIDDEN'],
    'calibration.submissionTimes': ['error:FORBIDDEN'],
  });
  /** What a coordinator off the panel sees: submitted scorecards, on every path. */
  const forCoordinator = (ids: string[]) => ({
    'session.scorecards': [...ids].sort(),
    'sessions.scorecards': [...ids].sort(),
    'candidateReview.ratings': [...ids].sort(),
    'calibration.submissionTimes': [...ids].sort(),
  });

  beforeAll(async () => {
    testApp = await startTestApp();
    panel = await createPanelFixture(testApp, 'score');
    const probe = await panel.schedule({ startsAt: new Date(Date.now() - 26 * 3_600_000) });
    const { session } = await panel.lead.data(RUBRIC, { id: probe.id });
    competencyIds = session.scoringRubric.competencies.map((competency: { id: string }) => competency.id);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should hide every rating from each role until the rule allows it, on every field path', async () => {
    const session = await isolatedSession();
    const { lead, co } = panel.members;

    // Drafts: each panelist sees only their own; the coordinator sees nothing.
    await panel.lead.data(SAVE, { input: { sessionId: session.id, expectedVersion: 0, ...content() } });
    await panel.co.data(SAVE, { input: { sessionId: session.id, expectedVersion: 0, ...content({ recommendation: 'NO' }) } });
    expect(await visibleInterviewers(panel.lead, session.id)).toMatchObject({ ...everywhere([lead.userId]), 'session.myScorecard': [lead.userId] });
    expect(await visibleInterviewers(panel.co, session.id)).toMatchObject(everywhere([co.userId]));
    expect(await visibleInterviewers(panel.coordinator, session.id)).toMatchObject({ ...forCoordinator([]), 'session.myScorecard': [] });

    // The lead submits: the coordinator sees the lead's; the co (not submitted) still sees only their own draft.
    const { session: leadView } = await panel.lead.data(`query Q($id: ID!) { session(id: $id) { myScorecard { id version } } }`, { id: session.id });
    await panel.lead.data(SUBMIT, { input: { scorecardId: leadView.myScorecard.id, expectedVersion: leadView.myScorecard.version } });
    expect(await visibleInterviewers(panel.co, session.id)).toMatchObject(everywhere([co.userId]));
    expect(await visibleInterviewers(panel.coordinator, session.id)).toMatchObject(forCoordinator([lead.userId]));
    // Submitted, the lead sees others' submitted scorecards only: the co's draft stays hidden.
    expect(await visibleInterviewers(panel.lead, session.id)).toMatchObject(everywhere([lead.userId]));

    // The co submits: both panelists see both.
    const { session: coView } = await panel.co.data(`query Q($id: ID!) { session(id: $id) { myScorecard { id version } } }`, { id: session.id });
    await panel.co.data(SUBMIT, { input: { scorecardId: coView.myScorecard.id, expectedVersion: coView.myScorecard.version } });
    expect(await visibleInterviewers(panel.lead, session.id)).toMatchObject(everywhere([lead.userId, co.userId]));
    expect(await visibleInterviewers(panel.co, session.id)).toMatchObject(everywhere([lead.userId, co.userId]));
    expect(await visibleInterviewers(panel.coordinator, session.id)).toMatchObject(forCoordinator([lead.userId, co.userId]));
    // The shadow, who wrote nothing, sees nothing.
    expect(await visibleInterviewers(panel.shadow, session.id)).toMatchObject(everywhere([]));
  });

  it('should hold a coordinator who sits on the panel to the panelists\u2019 rule on every path', async () => {
    const session = await isolatedSession(
      [
        { userId: panel.members.lead.userId, role: 'LEAD' },
        { userId: panel.team.coordinator.userId, role: 'CO_INTERVIEWER' },
      ],
      12,
    );
    await submitted(panel.lead, session.id);
    const hidden = await visibleInterviewers(panel.coordinator, session.id);

    expect(hidden).toMatchObject({ ...forCoordinator([]), 'session.myScorecard': [] });
    await submitted(panel.coordinator, session.id);
    expect(await visibleInterviewers(panel.coordinator, session.id)).toMatchObject(
      forCoordinator([panel.members.lead.userId, panel.team.coordinator.userId]),
    );
  });

  it('should never carry a rating in live activity or notifications', async () => {
    const { notifications } = await panel.coordinator.data(`{ notifications { items { kind message link } unreadCount } }`);

    expect(notifications.items[0]).toMatchObject({ kind: 'SCORECARDS_COMPLETE' });
    expect(JSON.stringify(notifications)).not.toMatch(/STRONG|YES|NO\b|level/);
    // The same news goes to the coordinator by email, once, and carries no rating either.
    const mails: { recipient_user_id: string; subject: string; text_body: string }[] = await testApp.dataSource.query(
      `SELECT recipient_user_id, subject, text_body FROM outgoing_message WHERE kind = 'SCORECARDS_COMPLETE'`,
    );
    const completions = notifications.items.filter((item: { kind: string }) => item.kind === 'SCORECARDS_COMPLETE');
    expect(mails.map((mail) => mail.recipient_user_id)).toEqual(completions.map(() => panel.team.coordinator.userId));
    expect(mails[0]?.subject).toMatch(/^All \d scorecards are in for /);
    expect(JSON.stringify(mails)).not.toMatch(/STRONG|YES|NO\b|level/);
  });

  it('should refuse to submit an incomplete scorecard, naming each problem', async () => {
    const session = await panel.schedule({ startsAt: new Date(Date.now() - 2 * 3_600_000) });
    const { saveScorecard } = await panel.lead.data(SAVE, {
      input: {
        sessionId: session.id,
        expectedVersion: 0,
        ...content({ recommendation: null, ratings: [{ competencyId: competencyIds[0], level: 1, notAssessed: false, evidence: '' }] }),
      },
    });
    const result = await panel.lead.request(SUBMIT, { input: { scorecardId: saveScorecard.id, expectedVersion: saveScorecard.version } });
    const problems = (result.errors?.[0]?.extensions as { problems: { field: string }[] }).problems.map((problem) => problem.field);

    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(problems).toEqual([
      `ratings.${competencyIds[0]}.evidence`,
      ...competencyIds.slice(1).map((id) => `ratings.${id}.level`),
      'recommendation',
    ]);
  });

  it('should refuse a stale draft save and levels off the scale', async () => {
    const session = await panel.schedule({ startsAt: new Date(Date.now() - 4 * 3_600_000) });
    const input = { sessionId: session.id, expectedVersion: 0, ...content() };
    await panel.lead.data(SAVE, { input });

    expect(await panel.lead.errorCode(SAVE, { input })).toBe('CONFLICT');
    const offScale = await panel.lead.request(SAVE, {
      input: { ...input, expectedVersion: 1, ratings: [{ competencyId: competencyIds[0], level: 9, notAssessed: false, evidence: '' }] },
    });
    expect(offScale.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: `ratings.${competencyIds[0]}.level` });
  });

  it('should turn changes after submission into amendments with a reason, kept in history and audit', async () => {
    const session = await panel.schedule({ startsAt: new Date(Date.now() - 6 * 3_600_000) });
    const card = await submitted(panel.lead, session.id);

    expect(await panel.lead.errorCode(SAVE, { input: { sessionId: session.id, expectedVersion: card.version, ...content() } })).toBe('CONFLICT');
    const { amendScorecard } = await panel.lead.data(AMEND, {
      input: { scorecardId: card.id, expectedVersion: card.version, reason: 'Re-read my notes', ...content({ recommendation: 'STRONG_YES' }) },
    });

    expect(amendScorecard).toMatchObject({ status: 'SUBMITTED', recommendation: 'STRONG_YES', version: card.version + 1 });
    expect(amendScorecard.amendments).toEqual([{ reason: 'Re-read my notes', actorName: expect.any(String), previousRecommendation: 'YES' }]);
    const [audit] = await testApp.dataSource.query(
      `SELECT details FROM audit_event WHERE action = 'scorecard.amended' AND record_id = $1`,
      [card.id],
    );
    expect(audit.details).toEqual({ sessionId: session.id, reason: 'Re-read my notes' });
    expect(await panel.co.errorCode(AMEND, { input: { scorecardId: card.id, expectedVersion: 2, reason: 'Not mine', ...content() } })).toBe('NOT_FOUND');
    expect(await panel.lead.errorCode(AMEND, { input: { scorecardId: card.id, expectedVersion: 2, reason: '', ...content() } })).toBe('BAD_USER_INPUT');
  });

  describe('simultaneous reveal', () => {
    beforeAll(async () => {
      await panel.coordinator.data(`mutation T($input: UpdateTeamSettingsInput!) { updateTeamSettings(input: $input) { scorecardReveal } }`, {
        input: { scorecardReveal: 'SIMULTANEOUS' },
      });
    });

    afterAll(async () => {
      await panel.coordinator.data(`mutation T($input: UpdateTeamSettingsInput!) { updateTeamSettings(input: $input) { scorecardReveal } }`, {
        input: { scorecardReveal: 'AFTER_OWN_SUBMISSION' },
      });
    });

    it('should hide scorecards from a panelist who submitted until the whole panel has', async () => {
      const session = await isolatedSession(undefined, 8);
      const { lead, co, shadow } = panel.members;
      await submitted(panel.lead, session.id);
      await submitted(panel.shadow, session.id);

      // The shadow's scorecard is submitted, but the co-interviewer still owes one.
      expect(await visibleInterviewers(panel.lead, session.id)).toMatchObject(everywhere([lead.userId]));
      expect(await visibleInterviewers(panel.coordinator, session.id)).toMatchObject(forCoordinator([lead.userId, shadow.userId]));

      await submitted(panel.co, session.id);
      expect(await visibleInterviewers(panel.lead, session.id)).toMatchObject(everywhere([lead.userId, co.userId, shadow.userId]));
    });

    it('should open the submitted scorecards when the coordinator\u2019s deadline passes', async () => {
      const session = await isolatedSession(undefined, 10);
      await submitted(panel.lead, session.id);
      await submitted(panel.shadow, session.id);
      expect(await visibleInterviewers(panel.lead, session.id)).toMatchObject(everywhere([panel.members.lead.userId]));

      await panel.coordinator.data(`mutation D($input: SetRevealDeadlineInput!) { setScorecardRevealDeadline(input: $input) { revealAt } }`, {
        input: { sessionId: session.id, revealAt: new Date(Date.now() - 1000).toISOString() },
      });

      expect((await visibleInterviewers(panel.lead, session.id))['session.scorecards']).toEqual(
        [panel.members.lead.userId, panel.members.shadow.userId].sort(),
      );
      expect(await panel.lead.errorCode(`mutation D($input: SetRevealDeadlineInput!) { setScorecardRevealDeadline(input: $input) { revealAt } }`, {
        input: { sessionId: session.id, revealAt: null },
      })).toBe('FORBIDDEN');
    });
  });

  it('should list the scorecards a panelist owes, overdue first', async () => {
    const overdue = await panel.schedule({ startsAt: new Date(Date.now() - 30 * 3_600_000) });
    const { scorecardsDue } = await panel.co.data(`{ scorecardsDue { sessionId overdue status } }`);
    const entry = scorecardsDue.find((due: { sessionId: string }) => due.sessionId === overdue.id);

    expect(entry).toMatchObject({ overdue: true, status: null });
    expect((await panel.shadow.data(`{ scorecardsDue { sessionId } }`)).scorecardsDue).toEqual([]);
  });
});
