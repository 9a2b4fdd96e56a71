import { alphaSums, intervalAlpha } from '@panelwise/domain-scorecard';

import { createTeam, TEST_PASSWORD } from '@api-test/support/fixtures';
import type { GraphQLClient } from '@api-test/support/graphql-client';
import { createPanelFixture, type PanelFixture } from '@api-test/support/interview-fixture';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

const CALIBRATION = `query C($filter: AnalyticsFilterInput!) { calibration(filter: $filter) {
  interviewers { interviewer { id } competencyId ratings meanRating panelMean leniency leniencyLow leniencyHigh hasEnoughData }
  agreement { competencyId alpha units pairableRatings hasEnoughData } minimums { agreementUnits leniencyRatings }
  submissionTimes { interviewer { id } submitted medianHours } teamMedianHours
  questionUsage { questionId timesAsked ratings meanRating decidedRatings agreementWithDecision } } }`;

const HOUR = 3_600_000;

/**
 * Hand-computed fixture. Competency 0: session 1 rated lead 4, co 2, shadow 3;
 * session 2 rated lead 3, co 1. The other competencies are all 3.
 */
describe('calibration analytics', () => {
  let testApp: TestApp;
  let panel: PanelFixture;
  let competencyIds: string[];
  let filter: { from: string; to: string };

  async function submit(client: GraphQLClient, sessionId: string, level: number, questionRatings: { sessionQuestionId: string; level: number }[] = []) {
    const { saveScorecard } = await client.data(`mutation S($input: SaveScorecardInput!) { saveScorecard(input: $input) { id version } }`, {
      input: {
        sessionId,
        expectedVersion: 0,
        recommendation: 'YES',
        summary: '',
        questionRatings,
        ratings: competencyIds.map((competencyId, index) => ({
          competencyId,
          level: index === 0 ? level : 3,
          notAssessed: false,
          evidence: 'seen',
        })),
      },
    });
    await client.data(`mutation U($input: SubmitScorecardInput!) { submitScorecard(input: $input) { id } }`, {
      input: { scorecardId: saveScorecard.id, expectedVersion: saveScorecard.version },
    });
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    panel = await createPanelFixture(testApp, 'calib');
    const first = await panel.schedule({ startsAt: new Date(Date.now() - 48 * HOUR) });
    const second = await panel.schedule({ startsAt: new Date(Date.now() - 24 * HOUR) });
    const { session } = await panel.lead.data(`query R($id: ID!) { session(id: $id) { scoringRubric { competencies { id } } } }`, { id: first.id });
    competencyIds = session.scoringRubric.competencies.map((competency: { id: string }) => competency.id);
    for (const { id, sessionQuestionIds } of [first, second]) {
      await panel.lead.data(`mutation S($input: SessionIdInput!) { startSession(input: $input) { id } }`, { input: { sessionId: id } });
      await panel.lead.data(`mutation A($input: MarkQuestionAskedInput!) { markQuestionAsked(input: $input) { id } }`, {
        input: { sessionQuestionId: sessionQuestionIds[0], asked: true },
      });
    }
    await submit(panel.lead, first.id, 4, [{ sessionQuestionId: first.sessionQuestionIds[0], level: 4 }]);
    await submit(panel.co, first.id, 2, [{ sessionQuestionId: first.sessionQuestionIds[0], level: 1 }]);
    await submit(panel.shadow, first.id, 3);
    await submit(panel.lead, second.id, 3);
    await submit(panel.co, second.id, 1);
    await panel.coordinator.data(`mutation D($input: RecordDecisionInput!) { recordDecision(input: $input) { candidate { id } } }`, {
      input: { candidateId: panel.candidateId, decision: 'READY', rationale: 'Ready for the loop' },
    });
    filter = { from: new Date(Date.now() - 7 * 24 * HOUR).toISOString(), to: new Date(Date.now() + HOUR).toISOString() };
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should compare each interviewer with the rest of the panel on the same sessions', async () => {
    const { calibration } = await panel.coordinator.data(CALIBRATION, { filter });
    const onFirst = calibration.interviewers.filter((row: { competencyId: string }) => row.competencyId === competencyIds[0]);
    const byInterviewer = Object.fromEntries(onFirst.map((row: { interviewer: { id: string } }) => [row.interviewer.id, row]));

    expect(byInterviewer[panel.members.lead.userId]).toMatchObject({ ratings: 2, meanRating: 3.5, panelMean: 1.75, leniency: 1.75 });
    expect(byInterviewer[panel.members.co.userId]).toMatchObject({ ratings: 2, meanRating: 1.5, panelMean: 3.25, leniency: -1.75 });
    expect(byInterviewer[panel.members.shadow.userId]).toMatchObject({ ratings: 1, meanRating: 3, panelMean: 3, leniency: 0 });
  });

  it('should say two sessions are not enough to judge, and how unsure the leniency is', async () => {
    const { calibration } = await panel.coordinator.data(CALIBRATION, { filter });
    const lead = calibration.interviewers.find(
      (row: { interviewer: { id: string }; competencyId: string }) => row.interviewer.id === panel.members.lead.userId && row.competencyId === competencyIds[0],
    );
    const shadow = calibration.interviewers.find(
      (row: { interviewer: { id: string }; competencyId: string }) => row.interviewer.id === panel.members.shadow.userId && row.competencyId === competencyIds[0],
    );

    expect(calibration.minimums).toEqual({ agreementUnits: 10, leniencyRatings: 5 });
    // Deviations 1.5 and 2: sd 0.354, Student t with 1 degree of freedom 12.706.
    const half = (12.706 * Math.sqrt(0.125)) / Math.sqrt(2);
    expect(lead.hasEnoughData).toBe(false);
    expect(lead.leniencyLow).toBeCloseTo(1.75 - half, 6);
    expect(lead.leniencyHigh).toBeCloseTo(1.75 + half, 6);
    expect(shadow).toMatchObject({ hasEnoughData: false, leniencyLow: null, leniencyHigh: null });
    for (const row of calibration.agreement) {
      expect(row.hasEnoughData).toBe(false);
    }
  });

  it("should compute Krippendorff's alpha per competency in SQL, matching the reference formula", async () => {
    const { calibration } = await panel.coordinator.data(CALIBRATION, { filter });
    const agreement = Object.fromEntries(calibration.agreement.map((row: { competencyId: string }) => [row.competencyId, row]));

    // By hand: D_o = (6 + 8) / 5 = 2.8, D_e = 52 / 20 = 2.6, alpha = 1 - 2.8 / 2.6.
    expect(agreement[competencyIds[0]].alpha).toBeCloseTo(1 - 2.8 / 2.6, 6);
    expect(agreement[competencyIds[0]].alpha).toBeCloseTo(intervalAlpha(alphaSums([[4, 2, 3], [3, 1]])) as number, 6);
    expect(agreement[competencyIds[0]]).toMatchObject({ units: 2, pairableRatings: 5 });
    // Everyone gave 3: no variation, alpha undefined.
    expect(agreement[competencyIds[1]].alpha).toBeNull();
  });

  it('should report time to submit and question usage against the decision', async () => {
    const { calibration } = await panel.coordinator.data(CALIBRATION, { filter });
    const lead = calibration.submissionTimes.find((row: { interviewer: { id: string } }) => row.interviewer.id === panel.members.lead.userId);

    // The sessions ended 47 h and 23 h ago (an hour after their starts); both submitted just now.
    expect(lead.submitted).toBe(2);
    expect(lead.medianHours).toBeCloseTo(35, 0);
    expect(calibration.questionUsage[0]).toMatchObject({
      questionId: panel.questionIds[0],
      timesAsked: 2,
      ratings: 2,
      meanRating: 2.5,
      decidedRatings: 2,
      agreementWithDecision: 0.5,
    });
  });

  it('should filter by interviewer and keep analytics to coordinators of the team', async () => {
    const { calibration } = await panel.coordinator.data(CALIBRATION, { filter: { ...filter, interviewerId: panel.members.co.userId } });
    expect(new Set(calibration.interviewers.map((row: { interviewer: { id: string } }) => row.interviewer.id))).toEqual(new Set([panel.members.co.userId]));

    expect(await panel.lead.errorCode(CALIBRATION, { filter })).toBe('FORBIDDEN');
    const other = await testApp.client().signIn((await createTeam(testApp.dataSource, 'calib-other')).coordinator.email, TEST_PASSWORD);
    const { calibration: foreign } = await other.data(CALIBRATION, { filter });
    expect(foreign).toMatchObject({ interviewers: [], agreement: [], submissionTimes: [], questionUsage: [], teamMedianHours: null });
    expect(await panel.coordinator.errorCode(CALIBRATION, { filter: { from: filter.to, to: filter.from } })).toBe('BAD_USER_INPUT');
  });
});
