import { PDFParse } from 'pdf-parse';

import { SCORECARD_CSV_COLUMNS } from '@api/modules/review/scorecards-csv';

import { readCsv } from '@api-test/support/csv-reader';
import { createTeam, TEST_PASSWORD } from '@api-test/support/fixtures';
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

  let firstQuestionId: string;
  let otherCoordinator: GraphQLClient;

  async function submit(
    client: GraphQLClient,
    sessionId: string,
    levels: number[],
    recommendation: string,
    summary = '',
    questionRatings: { sessionQuestionId: string; level: number }[] = [],
  ) {
    const { saveScorecard } = await client.data(SAVE, {
      input: {
        sessionId,
        expectedVersion: 0,
        recommendation,
        summary,
        questionRatings,
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
    firstQuestionId = first.sessionQuestionIds[0] ?? '';
    await submit(panel.lead, first.id, [4, 3, 3], 'YES', 'Strong fundamentals', [{ sessionQuestionId: firstQuestionId, level: 3 }]);
    await submit(panel.co, first.id, [1, 3, 2], 'NO', 'Missed the basics, says "it depends", a lot');
    await submit(panel.shadow, first.id, [3, 3, 3], 'YES');
    // A later session where only the lead started a draft: the co and the lead are pending.
    const second = await panel.schedule({ startsAt: new Date(Date.now() - 24 * 3_600_000) });
    await panel.lead.data(SAVE, { input: { sessionId: second.id, expectedVersion: 0, ratings: [], questionRatings: [], summary: 'draft' } });
    // Exports write times in the team's zone, whoever exports (here the coordinator lives elsewhere).
    await testApp.dataSource.query(`UPDATE app_user SET time_zone = 'Asia/Tokyo' WHERE id = $1`, [panel.team.coordinator.userId]);
    await panel.coordinator.data(`mutation U($input: UpdateTeamSettingsInput!) { updateTeamSettings(input: $input) { timeZone } }`, {
      input: { timeZone: 'Europe/Paris' },
    });
    const other = await createTeam(testApp.dataSource, 'review-other');
    otherCoordinator = await testApp.client().signIn(other.coordinator.email, TEST_PASSWORD);
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

  it('should export one CSV row per rating (competency or question), escaped and formula-guarded, with labels, summary, decision and both times', async () => {
    const response = await fetch(`${testApp.baseUrl}/exports/candidates/${panel.candidateId}/scorecards.csv`, {
      headers: { cookie: panel.coordinator.cookieHeader ?? '' },
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    const [header, ...rows] = readCsv(bytes.toString('utf8').replace(/^\uFEFF/, ''));
    const column = (row: string[] | undefined, name: (typeof SCORECARD_CSV_COLUMNS)[number]) => row?.[header?.indexOf(name) ?? -1];

    expect(response.headers.get('content-type')).toContain('text/csv');
    // A UTF-8 byte order mark, so that Excel reads the names right.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(header?.slice(0, 14)).toEqual([
      'candidate_name', 'candidate_email', 'session_id', 'session_starts_at', 'kit', 'interviewer_name', 'interviewer_email',
      'competency_id', 'competency_name', 'level', 'not_assessed', 'evidence', 'recommendation', 'submitted_at',
    ]);
    expect(header).toEqual([...SCORECARD_CSV_COLUMNS]);
    expect(rows.filter((row) => column(row, 'rating_of') === 'competency')).toHaveLength(9);
    const questionRows = rows.filter((row) => column(row, 'rating_of') === 'question');
    expect(questionRows).toHaveLength(1);
    expect(column(questionRows[0], 'session_question_id')).toBe(firstQuestionId);
    expect(column(questionRows[0], 'question_position')).toBe('1');
    expect(column(questionRows[0], 'level_label')).toMatch(/^3 · \S/);
    expect(column(questionRows[0], 'summary')).toBe('Strong fundamentals');
    expect(rows.every((row) => row.length === header?.length)).toBe(true);
    // A spreadsheet would run the evidence as a formula; the export makes it text.
    expect(rows[0]?.[11]).toBe(`'=cmd|' /C calc'!A0 evidence 0`);
    expect(new Set(rows.map((row) => row[12]))).toEqual(new Set(['YES', 'NO']));
    expect(new Set(rows.map((row) => column(row, 'recommendation_label')))).toEqual(new Set(['Yes', 'No']));
    expect(new Set(rows.map((row) => column(row, 'decision_label')))).toEqual(new Set(['Ready']));
    expect(column(rows[0], 'decision_rationale')).toBe('Second look at the evidence');
    expect(column(rows[0], 'time_zone')).toBe('Europe/Paris');
    const startsAt = new Date(column(rows[0], 'session_starts_at') ?? '');
    // The same instant, to the second.
    expect(new Date(column(rows[0], 'session_starts_at_local') ?? '').getTime()).toBe(Math.floor(startsAt.getTime() / 1000) * 1000);
    expect(column(rows[0], 'session_starts_at_local')).toMatch(/\+0[12]:00$/);
    expect(column(rows[0], 'decided_at_utc')).toMatch(/Z$/);
    const interviewerCsv = await fetch(`${testApp.baseUrl}/exports/candidates/${panel.candidateId}/scorecards.csv`, {
      headers: { cookie: panel.lead.cookieHeader ?? '' },
    });
    expect(interviewerCsv.status).toBe(403);
  });

  it("should answer NOT_FOUND for another team's candidate, in both exports", async () => {
    for (const file of ['scorecards.csv', 'debrief.pdf']) {
      const response = await fetch(`${testApp.baseUrl}/exports/candidates/${panel.candidateId}/${file}`, {
        headers: { cookie: otherCoordinator.cookieHeader ?? '' },
      });
      const body = await response.text();

      expect(response.status).toBe(404);
      expect(body).not.toContain('Casey');
    }
  });

  it('should print a debrief packet whose text holds the candidate, matrix, evidence and decision', async () => {
    const response = await fetch(`${testApp.baseUrl}/exports/candidates/${panel.candidateId}/debrief.pdf`, {
      headers: { cookie: panel.coordinator.cookieHeader ?? '' },
    });
    const pdf = Buffer.from(await response.arrayBuffer());
    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    const { text } = await parser.getText();
    await parser.destroy();

    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain('casey-candidate-debrief.pdf');
    expect(text).toContain('Debrief packet: Casey Candidate');
    expect(text).toContain('review team');
    expect(text).toContain('Times below are in Europe/Paris');
    expect(text).toContain('Ready');
    expect(text).not.toContain('READY');
    expect(text).toContain('Second look at the evidence');
    expect(text).toContain('Disagreement: 1 to 4');
    expect(text).toContain('Question ratings');
    expect(pdf.toString('latin1')).toContain('/StructTreeRoot');
    expect(text).toContain('Strong fundamentals');
  });
});
