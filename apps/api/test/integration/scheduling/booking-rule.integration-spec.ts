import { localDateTimeToInstant } from '@panelwise/domain-scheduling';

import { TeamRole } from '@api/core/auth/team-role';
import { CandidateEntity } from '@api/modules/candidate/candidate.entity';
import { KitEntity } from '@api/modules/kit/kit.entity';
import { seedDefaultRubrics } from '@api/modules/rubric/default-rubrics';
import { RubricEntity } from '@api/modules/rubric/rubric.entity';
import { addMember, createTeam, type SeededMember, type SeededTeam, setAvailability, TEST_PASSWORD } from '@api-test/support/fixtures';
import type { GraphQLClient } from '@api-test/support/graphql-client';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

const SESSION_FIELDS = `id startsAt version history { kind reason overrodeAvailability availabilityOverrideReason
  availabilityViolations { userId name rule detail } }`;
const SCHEDULE = `mutation S($input: ScheduleSessionInput!) { scheduleSession(input: $input) { ${SESSION_FIELDS} } }`;
const RESCHEDULE = `mutation R($input: RescheduleSessionInput!) { rescheduleSession(input: $input) { ${SESSION_FIELDS} } }`;
const CONFLICTS = `query B($input: BookingConflictsInput!) { bookingConflicts(input: $input) { userId name rule detail } }`;
const ZONE = 'America/Los_Angeles';

/** The local date `days` from today (UTC calendar) that falls on `weekday` (0 = Sunday), at the earliest. */
function dateOn(weekday: number, days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  date.setUTCDate(date.getUTCDate() + ((weekday - date.getUTCDay() + 7) % 7));

  return date.toISOString().slice(0, 10);
}

const at = (date: string, time: string) => localDateTimeToInstant(date, time, ZONE);

describe('the availability rule on bookings', () => {
  let testApp: TestApp;
  let team: SeededTeam;
  let ada: SeededMember;
  let coordinator: GraphQLClient;
  let candidateId: string;
  let kitId: string;

  const scheduleInput = (startsAt: Date, overrides: Record<string, unknown> = {}) => ({
    candidateId,
    kitId,
    startsAt: startsAt.toISOString(),
    durationMinutes: 60,
    timeZone: ZONE,
    location: 'Room 1',
    panel: [{ userId: ada.userId, role: 'LEAD' }],
    ...overrides,
  });
  const sessionCount = async (): Promise<number> => {
    const [{ count }] = await testApp.dataSource.query(`SELECT count(*)::int AS count FROM interview_session WHERE team_id = $1`, [
      team.teamId,
    ]);

    return count;
  };

  beforeAll(async () => {
    testApp = await startTestApp();
    team = await createTeam(testApp.dataSource, 'rule');
    ada = await addMember(testApp.dataSource, team.teamId, 'ada@example.test', TeamRole.INTERVIEWER);
    await testApp.dataSource.query(`UPDATE app_user SET name = 'Ada Lovelace' WHERE id = $1`, [ada.userId]);
    // The interviewer: Mon–Fri 09:00–17:00 in Los Angeles, 3 a day, 15 minutes between sessions.
    await setAvailability(testApp.dataSource, ada.userId, {
      timeZone: ZONE,
      weeklyWindows: [1, 2, 3, 4, 5].map((weekday) => ({ weekday: weekday as 1, start: '09:00', end: '17:00' })),
      dailyCap: 3,
      bufferMinutes: 15,
    });
    await testApp.dataSource.transaction((manager) => seedDefaultRubrics(manager, team.teamId));
    const rubric = await testApp.dataSource.getRepository(RubricEntity).findOneByOrFail({ teamId: team.teamId, defaultForKind: 'technical' });
    kitId = (
      await testApp.dataSource
        .getRepository(KitEntity)
        .save({ teamId: team.teamId, name: 'Loop', targetRole: 'Engineer', rubricId: rubric.id, instructions: '', version: 1, archivedAt: null })
    ).id;
    candidateId = (
      await testApp.dataSource
        .getRepository(CandidateEntity)
        .save({ teamId: team.teamId, name: 'Casey', email: 'casey@example.test', targetRole: 'Engineer', notes: '', version: 1 })
    ).id;
    coordinator = await testApp.client().signIn(team.coordinator.email, TEST_PASSWORD);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should refuse a Sunday 03:00 booking naming the panelist and the rule, and store nothing', async () => {
    const sunday = dateOn(0, 8);
    const before = await sessionCount();
    const result = await coordinator.request(SCHEDULE, { input: scheduleInput(at(sunday, '03:00')) });
    const error = result.errors?.[0];

    expect(error?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'startsAt',
      reason: 'NOT_BOOKABLE',
      canOverride: true,
      violations: [
        {
          userId: ada.userId,
          name: 'Ada Lovelace',
          rule: 'OUTSIDE_AVAILABILITY',
          detail: `is not available Sun ${sunday} 03:00–04:00 (${ZONE})`,
        },
      ],
    });
    expect(error?.message).toContain(`Ada Lovelace is not available Sun ${sunday} 03:00–04:00`);
    expect(await sessionCount()).toBe(before);
  });

  it('should refuse a start in the past and one inside the team’s minimum notice', async () => {
    const past = await coordinator.request(SCHEDULE, { input: scheduleInput(new Date(Date.now() - 5 * 86_400_000)) });
    const soon = await coordinator.request(SCHEDULE, { input: scheduleInput(new Date(Date.now() + 30 * 60_000)) });

    expect(past.errors?.[0]?.extensions?.['violations']).toContainEqual(
      expect.objectContaining({ userId: null, name: null, rule: 'IN_THE_PAST' }),
    );
    expect(soon.errors?.[0]?.extensions?.['violations']).toContainEqual(
      expect.objectContaining({ userId: null, rule: 'MINIMUM_NOTICE', detail: "starts sooner than the team's minimum notice of 60 minutes" }),
    );
  });

  it('should refuse a fourth session on the day, answer the same through bookingConflicts, and book it on the record with a reason', async () => {
    const monday = dateOn(1, 15);
    for (const time of ['09:00', '10:15', '11:30']) {
      await coordinator.data(SCHEDULE, { input: scheduleInput(at(monday, time)) });
    }
    const fourth = at(monday, '14:00');
    const { bookingConflicts } = await coordinator.data(CONFLICTS, {
      input: { userIds: [ada.userId], startsAt: fourth.toISOString(), durationMinutes: 60 },
    });
    const refused = await coordinator.request(SCHEDULE, { input: scheduleInput(fourth) });

    const dailyCap = {
      userId: ada.userId,
      name: 'Ada Lovelace',
      rule: 'DAILY_CAP',
      detail: `already has 3 sessions on ${monday} (${ZONE}), their daily cap is 3`,
    };
    expect(bookingConflicts).toEqual([dailyCap]);
    expect(refused.errors?.[0]?.extensions?.['violations']).toEqual([dailyCap]);
    expect(refused.errors?.[0]?.message).toContain('Ada Lovelace already has 3 sessions');

    const missingReason = await coordinator.request(SCHEDULE, { input: scheduleInput(fourth, { overrideAvailability: true, overrideReason: '  ' }) });
    expect(missingReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'overrideReason' });

    const { scheduleSession } = await coordinator.data(SCHEDULE, {
      input: scheduleInput(fourth, { overrideAvailability: true, overrideReason: 'Only day the candidate can make' }),
    });
    expect(scheduleSession.history).toEqual([
      {
        kind: 'SCHEDULED',
        reason: null,
        overrodeAvailability: true,
        availabilityOverrideReason: 'Only day the candidate can make',
        availabilityViolations: [dailyCap],
      },
    ]);
    const [audit] = await testApp.dataSource.query(`SELECT action, actor_id, details FROM audit_event WHERE record_id = $1`, [scheduleSession.id]);
    expect(audit).toMatchObject({
      action: 'session.scheduled',
      actor_id: team.coordinator.userId,
      details: { overrodeAvailability: true, availabilityOverrideReason: 'Only day the candidate can make', availabilityViolations: [dailyCap] },
    });
  });

  it('should refuse a time inside the buffer, and never let an override double-book', async () => {
    const tuesday = dateOn(2, 22);
    const { scheduleSession } = await coordinator.data(SCHEDULE, { input: scheduleInput(at(tuesday, '10:00')) });
    const buffer = await coordinator.request(SCHEDULE, { input: scheduleInput(at(tuesday, '11:05')) });
    const overlap = await coordinator.request(SCHEDULE, {
      input: scheduleInput(at(tuesday, '10:30'), { overrideAvailability: true, overrideReason: 'Try anyway' }),
    });

    expect(buffer.errors?.[0]?.extensions?.['violations']).toEqual([expect.objectContaining({ userId: ada.userId, rule: 'BUFFER' })]);
    expect(overlap.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      canOverride: false,
      clashingSessionId: scheduleSession.id,
      violations: [expect.objectContaining({ rule: 'OVERLAP' })],
    });
  });

  it('should check a reschedule too, without counting the session against itself', async () => {
    const wednesday = dateOn(3, 29);
    const { scheduleSession } = await coordinator.data(SCHEDULE, { input: scheduleInput(at(wednesday, '10:00')) });
    const move = (startsAt: Date, extra: Record<string, unknown> = {}) => ({
      input: { sessionId: scheduleSession.id, startsAt: startsAt.toISOString(), reason: 'Candidate asked', expectedVersion: 1, ...extra },
    });
    const sunday = dateOn(0, 29);

    const refused = await coordinator.request(RESCHEDULE, move(at(sunday, '03:00')));
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'startsAt',
      violations: [expect.objectContaining({ userId: ada.userId, rule: 'OUTSIDE_AVAILABILITY' })],
    });
    const [stored] = await testApp.dataSource.query(`SELECT starts_at, version FROM interview_session WHERE id = $1`, [scheduleSession.id]);
    expect(stored).toEqual({ starts_at: at(wednesday, '10:00'), version: 1 });

    const { bookingConflicts } = await coordinator.data(CONFLICTS, {
      input: { sessionId: scheduleSession.id, startsAt: at(wednesday, '10:30').toISOString() },
    });
    expect(bookingConflicts).toEqual([]);
    const { rescheduleSession } = await coordinator.data(RESCHEDULE, move(at(wednesday, '10:30')));
    expect(rescheduleSession.history.at(-1)).toMatchObject({ kind: 'RESCHEDULED', overrodeAvailability: false, availabilityViolations: [] });

    const { rescheduleSession: overridden } = await coordinator.data(RESCHEDULE, {
      ...move(at(sunday, '03:00'), { expectedVersion: 2, overrideAvailability: true, overrideReason: 'Candidate abroad' }),
    });
    expect(overridden.history.at(-1)).toMatchObject({
      kind: 'RESCHEDULED',
      reason: 'Candidate asked',
      overrodeAvailability: true,
      availabilityOverrideReason: 'Candidate abroad',
      availabilityViolations: [expect.objectContaining({ rule: 'OUTSIDE_AVAILABILITY', name: 'Ada Lovelace' })],
    });
    const audit = await testApp.dataSource.query(`SELECT details FROM audit_event WHERE record_id = $1 AND action = 'session.rescheduled' ORDER BY at`, [
      scheduleSession.id,
    ]);
    expect(audit.at(-1).details).toMatchObject({ overrodeAvailability: true, availabilityOverrideReason: 'Candidate abroad', reason: 'Candidate asked' });
  });

  it('should let only one of concurrent bookings through a daily cap of 1', async () => {
    const thursday = dateOn(4, 36);
    await setAvailability(testApp.dataSource, ada.userId, {
      timeZone: ZONE,
      weeklyWindows: [{ weekday: 4, start: '08:00', end: '18:00' }],
      dailyCap: 1,
    });
    const times = ['08:00', '09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00'];
    const attempts = await Promise.all(times.map((time) => coordinator.request(SCHEDULE, { input: scheduleInput(at(thursday, time)) })));
    const rules = attempts.map((attempt) => (attempt.errors?.[0]?.extensions?.['violations'] as { rule: string }[] | undefined)?.[0]?.rule ?? 'OK');

    expect(rules.filter((rule) => rule === 'OK')).toHaveLength(1);
    expect(rules.filter((rule) => rule === 'DAILY_CAP')).toHaveLength(times.length - 1);
  });

  it('should follow the team’s minimum notice setting, and keep the preview to coordinators', async () => {
    const { updateTeamSettings } = await coordinator.data(
      `mutation U($input: UpdateTeamSettingsInput!) { updateTeamSettings(input: $input) { minimumBookingNoticeMinutes } }`,
      { input: { minimumBookingNoticeMinutes: 30 * 24 * 60 } },
    );
    const { bookingConflicts } = await coordinator.data(CONFLICTS, {
      input: { userIds: [ada.userId], startsAt: at(dateOn(4, 1), '10:00').toISOString(), durationMinutes: 60 },
    });
    const interviewer = await testApp.client().signIn(ada.email, TEST_PASSWORD);

    expect(updateTeamSettings.minimumBookingNoticeMinutes).toBe(43_200);
    expect(bookingConflicts).toContainEqual(
      expect.objectContaining({ rule: 'MINIMUM_NOTICE', detail: "starts sooner than the team's minimum notice of 43200 minutes" }),
    );
    await expect(
      interviewer.errorCode(CONFLICTS, { input: { userIds: [ada.userId], startsAt: new Date().toISOString(), durationMinutes: 60 } }),
    ).resolves.toBe('FORBIDDEN');
  });
});
