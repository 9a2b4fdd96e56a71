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

  it('should queue each reminder and escalation as one email, with the link to act on', async () => {
    const mails: { kind: string; recipient_user_id: string; text_body: string }[] = await testApp.dataSource.query(
      `SELECT kind, recipient_user_id, text_body FROM outgoing_message WHERE kind LIKE 'SCORECARD_%' ORDER BY kind`,
    );
    const count = (kind: string, userId: string) => mails.filter((mail) => mail.kind === kind && mail.recipient_user_id === userId).length;

    expect({
      coReminders: count('SCORECARD_REMINDER', panel.members.co.userId),
      leadReminders: count('SCORECARD_REMINDER', panel.members.lead.userId),
      escalations: count('SCORECARD_ESCALATION', panel.team.coordinator.userId),
      total: mails.length,
    }).toEqual({ coReminders: 2, leadReminders: 1, escalations: 2, total: 5 });
    expect(mails.find((mail) => mail.kind === 'SCORECARD_REMINDER')?.text_body).toMatch(/\/sessions\/[0-9a-f-]+\/scorecard/);
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

// Two replicas need a real server: the embedded database is one session shared by every connection.
const itOnServer = process.env['TEST_DATABASE_URL'] ? it : it.skip;

describe('scorecard reminders on two API replicas', () => {
  let testApp: TestApp;
  let replica: TestApp;
  let panel: PanelFixture;

  beforeAll(async () => {
    testApp = await startTestApp();
    replica = await startTestApp({}, { database: testApp.database });
    panel = await createPanelFixture(testApp, 'replicas');
    await panel.coordinator.data(`mutation T($input: UpdateTeamSettingsInput!) { updateTeamSettings(input: $input) { id } }`, {
      input: { reminderAfterHours: 1, escalateAfterHours: 20, scorecardDueHours: 10 },
    });
    await panel.schedule({ startsAt: new Date(Date.now() - 25 * HOUR) });
  });

  afterAll(async () => {
    await replica.close();
    await testApp.close();
  });

  // pg-boss starts a schedule on one instance; should both ever run it at once, the work is still done once.
  itOnServer('should remind and escalate once when both replicas run the reminder job at the same moment', async () => {
    const runs = await Promise.all([testApp, replica, testApp, replica].map((app) => app.app.get(ScorecardReminderService).sendDue()));
    const total = runs.reduce((sum, run) => ({ reminders: sum.reminders + run.reminders, escalations: sum.escalations + run.escalations }), {
      reminders: 0,
      escalations: 0,
    });
    const mails: { kind: string; count: number }[] = await testApp.dataSource.query(
      `SELECT kind, count(*)::int AS count FROM outgoing_message WHERE kind LIKE 'SCORECARD_%' GROUP BY kind ORDER BY kind`,
    );

    // The lead and the co-interviewer owe a scorecard (the shadow does not); the coordinator hears of both.
    expect(total).toEqual({ reminders: 2, escalations: 2 });
    expect(mails).toEqual([
      { kind: 'SCORECARD_ESCALATION', count: 2 },
      { kind: 'SCORECARD_REMINDER', count: 2 },
    ]);
  });
});
