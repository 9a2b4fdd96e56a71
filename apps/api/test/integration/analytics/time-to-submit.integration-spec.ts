import type { GraphQLClient } from '@api-test/support/graphql-client';
import { createPanelFixture, type PanelFixture } from '@api-test/support/interview-fixture';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

const CALIBRATION = `query C($filter: AnalyticsFilterInput!) { calibration(filter: $filter) {
  submissionTimes { interviewer { id } submitted medianHours } teamMedianHours teamSubmitted } }`;
const TIMELINESS = `{ feedbackTimeliness { teamMedianHours interviewers { interviewer { id } submitted medianHours } } }`;

/**
 * A scorecard written during the session and submitted before anyone pressed
 * "Complete" ends before the session does: it took no time after the end.
 */
describe('time to submit', () => {
  let testApp: TestApp;
  let panel: PanelFixture;

  async function submit(client: GraphQLClient, sessionId: string) {
    const { session } = await client.data(`query R($id: ID!) { session(id: $id) { scoringRubric { competencies { id } } } }`, { id: sessionId });
    const { saveScorecard } = await client.data(`mutation S($input: SaveScorecardInput!) { saveScorecard(input: $input) { id version } }`, {
      input: {
        sessionId,
        expectedVersion: 0,
        recommendation: 'YES',
        summary: '',
        questionRatings: [],
        ratings: session.scoringRubric.competencies.map((competency: { id: string }) => ({
          competencyId: competency.id,
          level: 3,
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
    panel = await createPanelFixture(testApp, 'tts');
    // Running now: planned to end in 50 minutes.
    const session = await panel.schedule({ startsAt: new Date(Date.now() - 10 * 60_000) });
    await panel.lead.data(`mutation S($input: SessionIdInput!) { startSession(input: $input) { id } }`, { input: { sessionId: session.id } });
    await submit(panel.lead, session.id);
    await submit(panel.co, session.id);
    // Completed after both submissions: the actual end is later than either.
    await panel.lead.data(`mutation C($input: SessionIdInput!) { completeSession(input: $input) { id } }`, { input: { sessionId: session.id } });
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should count a scorecard submitted before the session ended as 0 hours, never negative', async () => {
    const filter = { from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date(Date.now() + 3_600_000).toISOString() };
    const { calibration } = await panel.coordinator.data(CALIBRATION, { filter });

    expect(calibration.submissionTimes).toHaveLength(2);
    for (const row of calibration.submissionTimes) {
      expect(row).toMatchObject({ submitted: 1, medianHours: 0 });
    }
    expect(calibration).toMatchObject({ teamMedianHours: 0, teamSubmitted: 2 });

    const { feedbackTimeliness } = await panel.coordinator.data(TIMELINESS);
    const lead = feedbackTimeliness.interviewers.find((row: { interviewer: { id: string } }) => row.interviewer.id === panel.members.lead.userId);
    const shadow = feedbackTimeliness.interviewers.find((row: { interviewer: { id: string } }) => row.interviewer.id === panel.members.shadow.userId);
    expect(lead).toMatchObject({ submitted: 1, medianHours: 0 });
    // Nothing submitted: no median at all, not 0.
    expect(shadow).toMatchObject({ submitted: 0, medianHours: null });
    expect(feedbackTimeliness.teamMedianHours).toBe(0);
  });
});
