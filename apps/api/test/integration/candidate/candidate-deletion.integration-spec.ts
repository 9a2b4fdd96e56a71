import { randomUUID } from 'node:crypto';

import { createPanelFixture, type PanelFixture } from '@api-test/support/interview-fixture';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

const MARKER = 'Zebediah-Quill';
const HOUR = 3_600_000;

/** Tables a candidate's personal data or notes about them could sit in. */
const TABLES = ['candidate', 'session_note', 'scorecard', 'scorecard_rating', 'scorecard_amendment', 'debrief_decision', 'audit_event', 'notification'];

describe('deleting a candidate on request', () => {
  let testApp: TestApp;
  let panel: PanelFixture;
  let candidateId: string;
  let past: { id: string; sessionQuestionIds: string[] };
  let upcoming: { id: string };

  const markerRows = async () => {
    const counts: Record<string, number> = {};
    for (const table of TABLES) {
      const [{ count }] = await testApp.dataSource.query(`SELECT count(*)::int AS count FROM ${table} t WHERE row_to_json(t)::text ILIKE $1`, [
        `%${MARKER}%`,
      ]);
      counts[table] = count;
    }

    return counts;
  };

  beforeAll(async () => {
    testApp = await startTestApp();
    panel = await createPanelFixture(testApp, 'privacy');
    const { createCandidate } = await panel.coordinator.data(`mutation C($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`, {
      input: { name: `${MARKER} Person`, email: `${MARKER.toLowerCase()}@example.test`, targetRole: 'Engineer', notes: `${MARKER} prefers mornings` },
    });
    candidateId = createCandidate.id;
    past = await panel.schedule({ startsAt: new Date(Date.now() - 3 * HOUR), candidateId });
    upcoming = await panel.schedule({ startsAt: new Date(Date.now() + 48 * HOUR), candidateId });
    await panel.lead.data(`mutation N($input: SaveSessionNoteInput!) { saveSessionNote(input: $input) { id } }`, {
      input: { sessionId: past.id, sessionQuestionId: past.sessionQuestionIds[0], text: `${MARKER} said X`, followUpsAsked: [], customFollowUps: [`${MARKER}?`], expectedVersion: 0, editId: randomUUID() },
    });
    const { session } = await panel.lead.data(`query R($id: ID!) { session(id: $id) { scoringRubric { competencies { id } } } }`, { id: past.id });
    const { saveScorecard } = await panel.lead.data(`mutation S($input: SaveScorecardInput!) { saveScorecard(input: $input) { id version } }`, {
      input: {
        sessionId: past.id,
        expectedVersion: 0,
        recommendation: 'YES',
        summary: `${MARKER} did well`,
        questionRatings: [],
        ratings: session.scoringRubric.competencies.map((competency: { id: string }) => ({ competencyId: competency.id, level: 4, notAssessed: false, evidence: `${MARKER} showed it` })),
      },
    });
    await panel.lead.data(`mutation U($input: SubmitScorecardInput!) { submitScorecard(input: $input) { id } }`, {
      input: { scorecardId: saveScorecard.id, expectedVersion: saveScorecard.version },
    });
    await panel.coordinator.data(`mutation D($input: RecordDecisionInput!) { recordDecision(input: $input) { candidate { id } } }`, {
      input: { candidateId, decision: 'ADVANCE', rationale: `${MARKER} is ready` },
    });
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should remove personal data and notes everywhere, keep anonymous ratings, cancel what is to come and audit it', async () => {
    expect(Object.values(await markerRows()).some((count) => count > 0)).toBe(true);
    const [before] = await testApp.dataSource.query(
      `SELECT count(*)::int AS ratings, sum(level)::int AS total FROM scorecard_rating r JOIN scorecard sc ON sc.id = r.scorecard_id WHERE sc.session_id = $1`,
      [past.id],
    );

    await panel.coordinator.data(`mutation X($input: DeleteCandidateInput!) { deleteCandidate(input: $input) }`, {
      input: { candidateId, reason: 'Asked by email to be forgotten' },
    });

    expect(await markerRows()).toEqual(Object.fromEntries(TABLES.map((table) => [table, 0])));
    const [after] = await testApp.dataSource.query(
      `SELECT count(*)::int AS ratings, sum(level)::int AS total FROM scorecard_rating r JOIN scorecard sc ON sc.id = r.scorecard_id WHERE sc.session_id = $1`,
      [past.id],
    );
    expect(after).toEqual(before);
    const { session } = await panel.coordinator.data(`query S($id: ID!) { session(id: $id) { status candidate { name email } } }`, { id: upcoming.id });
    expect(session).toEqual({ status: 'CANCELLED', candidate: { name: 'Deleted candidate', email: null } });
    const [{ active }] = await testApp.dataSource.query(`SELECT count(*)::int AS active FROM session_panelist WHERE session_id = $1 AND is_active`, [upcoming.id]);
    expect(active).toBe(0);
    const [audit] = await testApp.dataSource.query(`SELECT details FROM audit_event WHERE action = 'candidate.deleted' AND record_id = $1`, [candidateId]);
    expect(audit.details).toEqual({ reason: 'Asked by email to be forgotten', cancelledSessions: 1 });
  });

  it('should answer "not found" for the deleted candidate and leave it out of lists', async () => {
    expect(await panel.coordinator.errorCode(`query C($id: ID!) { candidate(id: $id) { id } }`, { id: candidateId })).toBe('NOT_FOUND');
    expect(await panel.coordinator.errorCode(`query R($id: ID!) { candidateReview(candidateId: $id) { candidate { id } } }`, { id: candidateId })).toBe('NOT_FOUND');
    const { candidates } = await panel.coordinator.data(`{ candidates(first: 50) { edges { node { id } } } }`);
    expect(candidates.edges.map((edge: { node: { id: string } }) => edge.node.id)).not.toContain(candidateId);
    expect(await panel.lead.errorCode(`mutation X($input: DeleteCandidateInput!) { deleteCandidate(input: $input) }`, {
      input: { candidateId: panel.candidateId, reason: 'not mine to delete' },
    })).toBe('FORBIDDEN');
  });
});
