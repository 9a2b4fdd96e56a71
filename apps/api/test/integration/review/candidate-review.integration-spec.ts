import { PDFParse } from 'pdf-parse';

import { readCsv } from '@api-test/support/csv-reader';
import type { GraphQLClient } from '@api-test/support/graphql-client';
import { createPanelFixture, type PanelFixture } from '@api-test/support/interview-fixture';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

const SAVE = `mutation Save($input: SaveScorecardInput!) { saveScorecard(input: $input) { id version } }`;
const SUBMIT = `mutation Submit($input: SubmitScorecardInput!) { submitScorecard(input: $input) { id } }`;
const REVIEW = `query Review($id: ID!) { candidateReview(candidateId: $id) {
  candidate { name } sessions { id }
  competencies { id name } ratings { interviewer { id } competencyId level evidence }
  recommendations { interviewer { id } recommendation } recommendationTally { recommendation count }
  disagreements { competencyId lowest highest spread } opposingRecommendations
  pending { sessionId interviewer { id } hasDraft } decisions { decision rationale decidedBy { id } } } }`;
const DECIDE = `mutation Decide($input: RecordDecisionInput!) { recordDecision(input: $input) { decisions { decision rationale } } }`;

describe('candidate review, debrief and exports', () => {
  let testApp: TestApp;
  let panel: PanelFixture;
  let competencyIds: string[];

  async function submit(client: GraphQLClient, sessionId: string, levels: number[], recommendation: string, summary = '') {
    const { saveScorecard } = await client.data(SAVE, {
      input: {
        sessionId,
        expectedVersion: 0,
        recommendation,
        summary,
        questionRatings: [],
        ratings: competencyIds.map((competencyId, index) => ({
          competencyId,
          level: levels[index],
          notAssessed: false,
          evidence: `=cmd|' /C calc'!A0 evidence ${index}`,
        })),
      },
    });
    await client.data(SUBMIT, { input: { scorecardId: saveScorecard.id, expectedVersion: saveScorecard.version } });
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    panel = await createPanelFixture(testApp, 'review');
    const first = await panel.schedule({ startsAt: new Date(Date.now() - 48 * 3_600_000) });
    const { session } = await panel.lead.data(`query R($id: ID!) { session(id: $id) { scoringRubric { competencies { id } } } }`, { id: first.id });
    competencyIds = session.scoringRubric.competencies.map((competency: { id: string }) => competency.id);
    // Three scorecards: the lead and the co-interviewer disagree on the first competency and on the hire.
    await submit(panel.lead, first.id, [4, 3, 3], 'YES', 'Strong fundamentals');
    await submit(panel.co, first.id, [1, 3, 2], 'NO', 'Missed the basics, says "it depends", a lot');
    await submit(panel.shadow, first.id, [3, 3, 3], 'YES');
    // A later session where only the lead started a draft: the co and the lead are pending.
    const second = await panel.schedule({ startsAt: new Date(Date.now() - 24 * 3_600_000) });
    await panel.lead.data(SAVE, { input: { sessionId: second.id, expectedVersion: 0, ratings: [], questionRatings: [], summary: 'draft' } });
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should lay submitted scorecards side by side, flag disagreement and list who is pending', async () => {
    const { candidateReview } = await panel.coordinator.data(REVIEW, { id: panel.candidateId });

    expect(candidateReview.sessions).toHaveLength(2);
    expect(candidateReview.ratings).toHaveLength(9);
    expect(candidateReview.competencies.map((competency: { id: string }) => competency.id)).toEqual(competencyIds);
    expect(candidateReview.disagreements).toEqual([{ competencyId: competencyIds[0], lowest: 1, highest: 4, spread: 3 }]);
    expect(candidateReview.opposingRecommendations).toBe(true);
    expect(candidateReview.recommendationTally).toEqual([
      { recommendation: 'NO', count: 1 },
      { recommendation: 'YES', count: 2 },
    ]);
    expect(
      candidateReview.pending.map((entry: { interviewer: { id: string }; hasDraft: boolean }) => [entry.interviewer.id, entry.hasDraft]).sort(),
    ).toEqual(
      [
        [panel.members.co.userId, false],
        [panel.members.lead.userId, true],
      ].sort(),
    );
  });

  it('should keep drafts out of the review and the review away from interviewers', async () => {
    const { candidateReview } = await panel.coordinator.data(REVIEW, { id: panel.candidateId });

    expect(JSON.stringify(candidateReview)).not.toContain('"draft"');
    expect(await panel.lead.errorCode(REVIEW, { id: panel.candidateId })).toBe('FORBIDDEN');
  });

  it('should record decisions with rationale, keep the history and audit each', async () => {
    await panel.coordinator.data(DECIDE, { input: { candidateId: panel.candidateId, decision: 'NEEDS_PRACTICE', rationale: 'Fundamentals split the panel' } });
    const { recordDecision } = await panel.coordinator.data(DECIDE, {
      input: { candidateId: panel.candidateId, decision: 'READY', rationale: 'Second look at the evidence' },
    });

    expect(recordDecision.decisions).toEqual([
      { decision: 'READY', rationale: 'Second look at the evidence' },
      { decision: 'NEEDS_PRACTICE', rationale: 'Fundamentals split the panel' },
    ]);
    const [{ count }] = await testApp.dataSource.query(`SELECT count(*)::int AS count FROM audit_event WHERE action = 'debrief.decided'`);
    expect(count).toBe(2);
    expect(await panel.coordinator.errorCode(DECIDE, { input: { candidateId: panel.candidateId, decision: 'READY', rationale: '' } })).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('should nudge an interviewer who owes a scorecard, and only them', async () => {
    const { candidateReview } = await panel.coordinator.data(REVIEW, { id: panel.candidateId });
    const pending = candidateReview.pending.find((entry: { interviewer: { id: string } }) => entry.interviewer.id === panel.members.co.userId);
    const nudge = `mutation N($input: NudgeInterviewerInput!) { nudgeInterviewer(input: $input) }`;

    await panel.coordinator.data(nudge, { input: { sessionId: pending.sessionId, interviewerId: panel.members.co.userId } });
    const { notifications } = await panel.co.data(`{ notifications { items { kind link } unreadCount } }`);

    expect(notifications.items[0]).toEqual({ kind: 'SCORECARD_NUDGE', link: `/sessions/${pending.sessionId}/scorecard` });
    expect(await panel.coordinator.errorCode(nudge, { input: { sessionId: pending.sessionId, interviewerId: panel.members.shadow.userId } })).toBe(
      'NOT_FOUND',
    );
  });

  it('should export one CSV row per interviewer and competency, escaped and formula-guarded', async () => {
    const response = await fetch(`${testApp.baseUrl}/exports/candidates/${panel.candidateId}/scorecards.csv`, {
      headers: { cookie: panel.coordinator.cookieHeader ?? '' },
    });
    const [header, ...rows] = readCsv(await response.text());

    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(header).toEqual([
      'candidate_name', 'candidate_email', 'session_id', 'session_starts_at', 'kit', 'interviewer_name', 'interviewer_email',
      'competency_id', 'competency_name', 'level', 'not_assessed', 'evidence', 'recommendation', 'submitted_at',
    ]);
    expect(rows).toHaveLength(9);
    expect(rows.every((row) => row.length === header?.length)).toBe(true);
    // A spreadsheet would run the evidence as a formula; the export makes it text.
    expect(rows[0]?.[11]).toBe(`'=cmd|' /C calc'!A0 evidence 0`);
    expect(new Set(rows.map((row) => row[12]))).toEqual(new Set(['YES', 'NO']));
    const interviewerCsv = await fetch(`${testApp.baseUrl}/exports/candidates/${panel.candidateId}/scorecards.csv`, {
      headers: { cookie: panel.lead.cookieHeader ?? '' },
    });
    expect(interviewerCsv.status).toBe(403);
  });

  it('should print a debrief packet whose text holds the candidate, matrix, evidence and decision', async () => {
    const response = await fetch(`${testApp.baseUrl}/exports/candidates/${panel.candidateId}/debrief.pdf`, {
      headers: { cookie: panel.coordinator.cookieHeader ?? '' },
    });
    const parser = new PDFParse({ data: new Uint8Array(await response.arrayBuffer()) });
    const { text } = await parser.getText();
    await parser.destroy();

    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(text).toContain('Debrief packet: Casey Candidate');
    expect(text).toContain('READY');
    expect(text).toContain('Second look at the evidence');
    expect(text).toContain('(disagreement)');
    expect(text).toContain('Strong fundamentals');
  });
});
