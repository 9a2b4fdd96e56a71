import { join } from 'node:path';

import { DataSource } from 'typeorm';

import { AppConfig } from '@api/core/config/app-config';
import { bookingViolations } from '@api/modules/scheduling/booking-rule';
import { seedDemoSchedule } from '@api/seed/demo-schedule-seed';
import { DEMO_PASSWORD, seedDemoTeam } from '@api/seed/demo-seed';
import { seedSampleGuides } from '@api/seed/sample-guides-seed';

import { startTestApp, type TestApp } from '@api-test/support/test-app';

const CALIBRATION = `query C($filter: AnalyticsFilterInput!) { calibration(filter: $filter) {
  minimums { agreementUnits leniencyRatings }
  interviewers { interviewer { name } competencyName ratings leniency leniencyLow leniencyHigh hasEnoughData }
  agreement { competencyName alpha units hasEnoughData }
  submissionTimes { interviewer { name } submitted medianHours } teamMedianHours teamSubmitted
  questionUsage { timesAsked ratings decidedRatings } } }`;

/** `npm start` on an empty database: the demo team arrives with months of history worth analysing. */
describe('demo seed', () => {
  let testApp: TestApp;
  let seedMs: number;

  beforeAll(async () => {
    testApp = await startTestApp();
    const dataSource = testApp.app.get(DataSource);
    const started = Date.now();
    const seeded = await seedDemoTeam(dataSource, AppConfig.forTest({}).passwordHashCost);
    await seedSampleGuides(dataSource, seeded.teamId ?? '', join(process.cwd(), 'data', 'guides'));
    await seedDemoSchedule(dataSource, seeded.teamId ?? '');
    seedMs = Date.now() - started;
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should give several interviewers leniency figures with intervals, and agreement on every competency', async () => {
    const coordinator = await testApp.client().signIn('coordinator@panelwise.test', DEMO_PASSWORD);
    const now = Date.now();
    const filter = { from: new Date(now - 180 * 86_400_000).toISOString(), to: new Date(now + 86_400_000).toISOString() };
    const { calibration } = await coordinator.data(CALIBRATION, { filter });

    const sufficient = calibration.interviewers.filter((row: { hasEnoughData: boolean }) => row.hasEnoughData);
    const people = new Set(sufficient.map((row: { interviewer: { name: string } }) => row.interviewer.name));
    expect(people.size).toBeGreaterThanOrEqual(4);
    for (const row of sufficient) {
      expect(row.ratings).toBeGreaterThanOrEqual(calibration.minimums.leniencyRatings);
      expect(row.leniencyLow).toBeLessThanOrEqual(row.leniency);
      expect(row.leniencyHigh).toBeGreaterThanOrEqual(row.leniency);
    }
    // The lenient and the severe colleague are told apart by their intervals.
    const overall = (name: string) => {
      const own = sufficient.filter((row: { interviewer: { name: string } }) => row.interviewer.name === name);

      return own.reduce((sum: number, row: { leniency: number }) => sum + row.leniency, 0) / own.length;
    };
    expect(overall('Dev Patel')).toBeGreaterThan(0.3);
    expect(overall('Elena Rossi')).toBeLessThan(-0.3);
    expect(sufficient.some((row: { interviewer: { name: string }; leniencyLow: number }) => row.interviewer.name === 'Dev Patel' && row.leniencyLow > 0)).toBe(true);

    expect(calibration.agreement).toHaveLength(3);
    for (const row of calibration.agreement) {
      expect(row).toMatchObject({ hasEnoughData: true });
      expect(row.alpha).not.toBeNull();
    }
    expect(calibration.submissionTimes.length).toBe(5);
    for (const row of calibration.submissionTimes) {
      expect(row.medianHours).toBeGreaterThanOrEqual(0);
    }
    expect(calibration.teamSubmitted).toBeGreaterThan(80);
    expect(calibration.questionUsage.some((row: { decidedRatings: number }) => row.decidedRatings > 0)).toBe(true);
  });

  it('should leave late scorecards to chase and candidates to review', async () => {
    const coordinator = await testApp.client().signIn('coordinator@panelwise.test', DEMO_PASSWORD);
    const { feedbackTimeliness } = await coordinator.data(`{ feedbackTimeliness { outstanding { overdue } interviewers { interviewer { name } medianHours } } }`);

    expect(feedbackTimeliness.outstanding.filter((row: { overdue: boolean }) => row.overdue).length).toBeGreaterThanOrEqual(2);
    const hours = Object.fromEntries(
      feedbackTimeliness.interviewers.map((row: { interviewer: { name: string }; medianHours: number | null }) => [row.interviewer.name, row.medianHours]),
    );
    expect(hours['Femi Okafor']).toBeGreaterThan(hours['Ana Interviewer']);
  });

  it('should have booked every session inside the rule as it stood before it', async () => {
    const sessions: { id: string; team_id: string; starts_at: Date; ends_at: Date; created_at: Date; user_ids: string[] }[] = await testApp.dataSource.query(
      `SELECT s.id, s.team_id, s.starts_at, s.ends_at, s.created_at, array_agg(p.user_id) AS user_ids
         FROM interview_session s JOIN session_panelist p ON p.session_id = s.id
        WHERE s.status = 'COMPLETED' GROUP BY s.id ORDER BY s.starts_at`,
    );
    expect(sessions.length).toBeGreaterThanOrEqual(35);
    for (const session of sessions) {
      // Sessions booked later than this one did not exist yet when it was booked: hide them, then roll back.
      await testApp.dataSource.transaction(async (manager) => {
        await manager.query(`CREATE TEMP TABLE later ON COMMIT DROP AS SELECT id FROM interview_session WHERE created_at > $1`, [session.created_at]);
        await manager.query(`UPDATE session_panelist SET is_active = false WHERE session_id IN (SELECT id FROM later)`);
        const violations = await bookingViolations(manager, {
          teamId: session.team_id,
          userIds: session.user_ids,
          startsAt: session.starts_at,
          endsAt: session.ends_at,
          now: session.created_at,
          minimumNoticeMinutes: 60,
          excludeSessionId: session.id,
        });
        expect(violations).toEqual([]);
        throw new RollbackSignal();
      }).catch((error: unknown) => {
        if (!(error instanceof RollbackSignal)) {
          throw error;
        }
      });
    }
  });

  it('should stay quick enough for npm start', () => {
    // Hashing the demo password (cheap in tests), six guides and the history; the history alone is well under a second.
    expect(seedMs).toBeLessThan(15_000);
  });
});

class RollbackSignal extends Error {}
