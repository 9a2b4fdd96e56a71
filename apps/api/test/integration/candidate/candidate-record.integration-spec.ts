import { createTeam, TEST_PASSWORD } from '@api-test/support/fixtures';
import type { GraphQLClient } from '@api-test/support/graphql-client';
import { createPanelFixture, type PanelFixture } from '@api-test/support/interview-fixture';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

const RECORD = `query Record($id: ID!) { candidate(id: $id) {
  id sessions { id status candidate { id } panelSubmissions { submittedAt required } }
  decisions { decision rationale decidedAt decidedBy { id } } } }`;
const AWAITING = `{ candidatesAwaitingDecision { candidate { id name } lastCompletedAt submittedScorecards pendingScorecards } }`;
const DECIDE = `mutation Decide($input: RecordDecisionInput!) { recordDecision(input: $input) { decisions { id } } }`;
const SAVE = `mutation Save($input: SaveScorecardInput!) { saveScorecard(input: $input) { id version } }`;
const SUBMIT = `mutation Submit($input: SubmitScorecardInput!) { submitScorecard(input: $input) { id } }`;
const CREATE_CANDIDATE = `mutation C($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`;
const HOUR = 3_600_000;

describe('the candidate record: sessions, decisions, and candidates awaiting a decision', () => {
  let testApp: TestApp;
  let panel: PanelFixture;
  let otherCoordinator: GraphQLClient;
  let completedId: string;
  let withoutLeadId: string;
  let otherCandidateId: string;
  let otherCandidateSessionId: string;

  async function submitLead(sessionId: string) {
    const { session } = await panel.lead.data(`query R($id: ID!) { session(id: $id) { scoringRubric { competencies { id } } } }`, {
      id: sessionId,
    });
    const { saveScorecard } = await panel.lead.data(SAVE, {
      input: {
        sessionId,
        expectedVersion: 0,
        recommendation: 'YES',
        summary: 'Solid',
        questionRatings: [],
        ratings: session.scoringRubric.competencies.map((competency: { id: string }) => ({
          competencyId: competency.id,
          level: 3,
          notAssessed: false,
          evidence: 'Explained it clearly',
        })),
      },
    });
    await panel.lead.data(SUBMIT, { input: { scorecardId: saveScorecard.id, expectedVersion: saveScorecard.version } });
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    panel = await createPanelFixture(testApp, 'record');
    // Completed yesterday with the whole panel; the lead will submit, the co-interviewer still owes.
    completedId = (await panel.schedule({ startsAt: new Date(Date.now() - 26 * HOUR) })).id;
    await panel.coordinator.data(`mutation S($input: SessionIdInput!) { startSession(input: $input) { id } }`, { input: { sessionId: completedId } });
    await panel.coordinator.data(`mutation S($input: SessionIdInput!) { completeSession(input: $input) { id } }`, {
      input: { sessionId: completedId },
    });
    // Upcoming, without the lead interviewer on it.
    withoutLeadId = (
      await panel.schedule({ startsAt: new Date(Date.now() + 4 * HOUR), panel: [{ userId: panel.members.co.userId, role: 'LEAD' }] })
    ).id;
    const { createCandidate } = await panel.coordinator.data(CREATE_CANDIDATE, {
      input: { name: 'Robin Other', email: 'robin-record@example.test', targetRole: null, notes: '' },
    });
    otherCandidateId = createCandidate.id;
    otherCandidateSessionId = (await panel.schedule({ startsAt: new Date(Date.now() + 30 * HOUR), candidateId: otherCandidateId })).id;
    const other = await createTeam(testApp.dataSource, 'record-other');
    otherCoordinator = await testApp.client().signIn(other.coordinator.email, TEST_PASSWORD);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should list every session of the candidate, by start, to a coordinator', async () => {
    const { candidate } = await panel.coordinator.data(RECORD, { id: panel.candidateId });

    expect(candidate.sessions.map((session: { id: string }) => session.id)).toEqual([completedId, withoutLeadId]);
    expect(candidate.sessions[0].status).toBe('COMPLETED');
    expect(candidate.sessions.every((session: { candidate: { id: string } }) => session.candidate.id === panel.candidateId)).toBe(true);
  });

  it('should show an interviewer only the sessions they sit on', async () => {
    const { candidate } = await panel.lead.data(RECORD, { id: panel.candidateId });

    expect(candidate.sessions.map((session: { id: string }) => session.id)).toEqual([completedId]);
    const { candidate: forCo } = await panel.co.data(RECORD, { id: panel.candidateId });
    expect(forCo.sessions.map((session: { id: string }) => session.id)).toEqual([completedId, withoutLeadId]);
  });

  it('should give each candidate of a page its own sessions (one batched load)', async () => {
    const { candidates } = await panel.coordinator.data(`{ candidates(first: 10) { edges { node { id sessions { id } } } } }`);
    const byId = new Map(
      candidates.edges.map((edge: { node: { id: string; sessions: { id: string }[] } }) => [edge.node.id, edge.node.sessions.map((s) => s.id)]),
    );

    expect(byId.get(panel.candidateId)).toEqual([completedId, withoutLeadId]);
    expect(byId.get(otherCandidateId)).toEqual([otherCandidateSessionId]);
  });

  it('should keep the record away from another team', async () => {
    expect(await otherCoordinator.errorCode(RECORD, { id: panel.candidateId })).toBe('NOT_FOUND');
    const { candidatesAwaitingDecision } = await otherCoordinator.data(AWAITING);
    expect(candidatesAwaitingDecision).toEqual([]);
  });

  it('should list a candidate as awaiting a decision once a completed session has a submitted scorecard, and only to coordinators', async () => {
    expect((await panel.coordinator.data(AWAITING)).candidatesAwaitingDecision).toEqual([]);

    await submitLead(completedId);
    const { candidatesAwaitingDecision } = await panel.coordinator.data(AWAITING);

    expect(candidatesAwaitingDecision).toEqual([
      {
        candidate: { id: panel.candidateId, name: 'Casey Candidate' },
        lastCompletedAt: expect.any(String),
        submittedScorecards: 1,
        pendingScorecards: 1,
      },
    ]);
    expect(await panel.lead.errorCode(AWAITING)).toBe('FORBIDDEN');
  });

  it('should show the decision history to coordinators, newest first, and none to interviewers', async () => {
    await panel.coordinator.data(DECIDE, { input: { candidateId: panel.candidateId, decision: 'HOLD', rationale: 'Waiting for the co-interviewer' } });
    await panel.coordinator.data(DECIDE, { input: { candidateId: panel.candidateId, decision: 'ADVANCE', rationale: 'Strong across the board' } });

    const { candidate } = await panel.coordinator.data(RECORD, { id: panel.candidateId });
    expect(candidate.decisions.map((d: { decision: string; rationale: string }) => [d.decision, d.rationale])).toEqual([
      ['ADVANCE', 'Strong across the board'],
      ['HOLD', 'Waiting for the co-interviewer'],
    ]);
    expect(candidate.decisions[0].decidedBy).toEqual({ id: panel.team.coordinator.userId });
    const { candidate: forLead } = await panel.lead.data(RECORD, { id: panel.candidateId });
    expect(forLead.decisions).toEqual([]);
    const { candidate: other } = await panel.coordinator.data(RECORD, { id: otherCandidateId });
    expect(other.decisions).toEqual([]);
  });

  it('should no longer list a candidate once decided after their latest completed session', async () => {
    const { candidatesAwaitingDecision } = await panel.coordinator.data(AWAITING);

    expect(candidatesAwaitingDecision).toEqual([]);
  });
});
