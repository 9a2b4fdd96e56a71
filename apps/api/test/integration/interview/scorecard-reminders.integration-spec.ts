import { ScorecardReminderService } from '@api/modules/scorecard/scorecard-reminder.service';
import { createPanelFixture, type PanelFixture } from '@api-test/support/interview-fixture';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

const HOUR = 3_600_000;
const TIMELINESS = `{ feedbackTimeliness {
  interviewers { interviewer { id } due overdue oldestOutstandingHours submitted medianHours }
  outstanding { sessionId interviewer { id } ageHours overdue reminded escalated } teamMedianHours } }`;

describe('scorecard reminders and feedback timeliness', () => {
  let testApp: TestApp;
  let panel: PanelFixture;
  let sessions: { recent: string; old: string; justEnded: string };

  beforeAll(async () => {
    testApp = await startTestApp();
    panel = await createPanelFixture(testApp, 'remind');
    await panel.coordinator.data(`mutation T($input: UpdateTeamSettingsInput!) { updateTeamSettings(input: $input) { id } }`, {
      input: { reminderAfterHours: 1, escalateAfterHours: 20, scorecardDueHours: 10 },
    });
    sessions = {
      recent: (await panel.schedule({ startsAt: new Date(Date.now() - 3 * HOUR) })).id,
      old: (await panel.schedule({ startsAt: new Date(Date.now() - 25 * HOUR) })).id,
      justEnded: (await panel.schedule({ startsAt: new Date(Date.now() - 1.5 * HOUR) })).id,
    };
    const { session } = await panel.lead.data(`query R($id: ID!) { session(id: $id) { scoringRubric { competencies { id } } } }`, { id: sessions.recent });
    const { saveScorecard } = await panel.lead.data(`mutation S($input: SaveScorecardInput!) { saveScorecard(input: $input) { id version } }`, {
      input: {
        sessionId: sessions.recent,
        expectedVersion: 0,
        recommendation: 'YES',
        summary: '',
        questionRatings: [],
        ratings: session.scoringRubric.competencies.map((competency: { id: string }) => ({ competencyId: competency.id, level: 3, notAssessed: false, evidence: '' })),
      },
    });
    await panel.lead.data(`mutation U($input: SubmitScorecardInput!) { submitScorecard(input: $input) { id } }`, {
      input: { scorecardId: saveScorecard.id, expectedVersion: saveScorecard.version },
    });
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should remind after the first delay and escalate after the second, once each', async () => {
    const reminders = testApp.app.get(ScorecardReminderService);

    // Reminders: recent (co; the lead submitted), old (lead, co); justEnded ended 30 min ago, inside the 1 h delay.
    // Escalations: old (lead, co), past the 20 h delay.
    expect(await reminders.sendDue()).toEqual({ reminders: 3, escalations: 2 });
    expect(await reminders.sendDue()).toEqual({ reminders: 0, escalations: 0 });

    const { notifications: co } = await panel.co.data(`{ notifications { items { kind link } } }`);
    expect(co.items.filter((item: { kind: string }) => item.kind === 'SCORECARD_REMINDER')).toHaveLength(2);
    const { notifications: coordinator } = await panel.coordinator.data(`{ notifications { items { kind } } }`);
    expect(coordinator.items.filter((item: { kind: string }) => item.kind === 'SCORECARD_ESCALATION')).toHaveLength(2);
    const { notifications: shadow } = await panel.shadow.data(`{ notifications { items { kind } } }`);
    expect(shadow.items).toEqual([]);
  });

  it('should show coordinators who owes what, how old and whether chased', async () => {
    const { feedbackTimeliness } = await panel.coordinator.data(TIMELINESS);
    const byInterviewer = Object.fromEntries(
      feedbackTimeliness.interviewers.map((row: { interviewer: { id: string } }) => [row.interviewer.id, row]),
    );

    expect(feedbackTimeliness.outstanding).toHaveLength(5);
    expect(feedbackTimeliness.outstanding[0]).toMatchObject({ sessionId: sessions.old, overdue: true, reminded: true, escalated: true });
    expect(feedbackTimeliness.outstanding[0].ageHours).toBeCloseTo(24, 0);
    expect(byInterviewer[panel.members.co.userId]).toMatchObject({ due: 2, overdue: 1, submitted: 0, medianHours: null });
    expect(byInterviewer[panel.members.lead.userId]).toMatchObject({ due: 1, overdue: 1, submitted: 1 });
    expect(byInterviewer[panel.members.lead.userId].medianHours).toBeCloseTo(2, 0);
    expect(await panel.lead.errorCode(TIMELINESS)).toBe('FORBIDDEN');
  });
});
