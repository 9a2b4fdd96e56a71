import ICAL from 'ical.js';

import { TeamRole } from '@api/core/auth/team-role';
import { CandidateEntity } from '@api/modules/candidate/candidate.entity';
import { KitEntity } from '@api/modules/kit/kit.entity';
import { seedDefaultRubrics } from '@api/modules/rubric/default-rubrics';
import { RubricEntity } from '@api/modules/rubric/rubric.entity';
import { addMember, createTeam, type SeededMember, type SeededTeam, setAvailability, TEST_PASSWORD } from '@api-test/support/fixtures';
import type { GraphQLClient } from '@api-test/support/graphql-client';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

const SESSION_FIELDS = `id status startsAt endsAt rescheduleCount sequence version panel { role user { id } }
  history { kind reason previousStartsAt newStartsAt overrodePolicy party }`;
const SCHEDULE = `mutation S($input: ScheduleSessionInput!) { scheduleSession(input: $input) { ${SESSION_FIELDS} } }`;
const RESCHEDULE = `mutation R($input: RescheduleSessionInput!) { rescheduleSession(input: $input) { ${SESSION_FIELDS} } }`;
const CANCEL = `mutation C($input: CancelSessionInput!) { cancelSession(input: $input) { ${SESSION_FIELDS} } }`;
const NO_SHOW = `mutation N($input: MarkNoShowInput!) { markNoShow(input: $input) { ${SESSION_FIELDS} } }`;

const DAY = 86_400_000;
const inDays = (days: number, hour = 10) => {
  const date = new Date(Date.now() + days * DAY);
  date.setUTCHours(hour, 0, 0, 0);

  return date;
};

describe('scheduling sessions', () => {
  let testApp: TestApp;
  let alpha: SeededTeam;
  let beta: SeededTeam;
  let second: SeededMember;
  let coordinator: GraphQLClient;
  let candidateId: string;
  let kitId: string;
  let betaCandidateId: string;
  let betaKitId: string;

  async function teamRecords(teamId: string) {
    await testApp.dataSource.transaction((manager) => seedDefaultRubrics(manager, teamId));
    const rubric = await testApp.dataSource.getRepository(RubricEntity).findOneByOrFail({ teamId, defaultForKind: 'technical' });
    const kit = await testApp.dataSource
      .getRepository(KitEntity)
      .save({ teamId, name: 'Loop', targetRole: 'Engineer', rubricId: rubric.id, instructions: '', version: 1, archivedAt: null });
    const candidate = await testApp.dataSource
      .getRepository(CandidateEntity)
      .save({ teamId, name: 'Casey Candidate', email: 'casey@example.test', targetRole: 'Engineer', notes: '', version: 1 });

    return { kitId: kit.id, candidateId: candidate.id };
  }

  const scheduleInput = (startsAt: Date, panel = [{ userId: alpha.interviewer.userId, role: 'LEAD' }], overrides = {}) => ({
    candidateId,
    kitId,
    startsAt: startsAt.toISOString(),
    durationMinutes: 60,
    timeZone: 'Europe/Berlin',
    location: 'Room 1',
    panel,
    ...overrides,
  });

  beforeAll(async () => {
    testApp = await startTestApp({ PUBLIC_URL: 'https://panelwise.example' });
    alpha = await createTeam(testApp.dataSource, 'alpha');
    beta = await createTeam(testApp.dataSource, 'beta');
    second = await addMember(testApp.dataSource, alpha.teamId, 'second@example.test', TeamRole.INTERVIEWER);
    // Available every day, all day: these tests are about sessions, the availability rule has its own.
    await setAvailability(testApp.dataSource, alpha.interviewer.userId);
    await setAvailability(testApp.dataSource, second.userId);
    ({ kitId, candidateId } = await teamRecords(alpha.teamId));
    ({ kitId: betaKitId, candidateId: betaCandidateId } = await teamRecords(beta.teamId));
    coordinator = await testApp.client().signIn(alpha.coordinator.email, TEST_PASSWORD);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should schedule a session with its panel and history', async () => {
    const { scheduleSession } = await coordinator.data(SCHEDULE, {
      input: scheduleInput(inDays(10), [
        { userId: alpha.interviewer.userId, role: 'LEAD' },
        { userId: second.userId, role: 'SHADOW' },
      ]),
    });

    expect(scheduleSession).toMatchObject({ status: 'SCHEDULED', sequence: 0, version: 1, rescheduleCount: 0 });
    expect(scheduleSession.panel).toHaveLength(2);
    expect(scheduleSession.history.map((event: { kind: string }) => event.kind)).toEqual(['SCHEDULED']);
  });

  it('should refuse an overlapping booking with CONFLICT naming the clashing session', async () => {
    const { scheduleSession } = await coordinator.data(SCHEDULE, { input: scheduleInput(inDays(11)) });
    const overlapping = new Date(inDays(11).getTime() + 30 * 60_000);
    const result = await coordinator.request(SCHEDULE, { input: scheduleInput(overlapping) });

    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', clashingSessionId: scheduleSession.id });
  });

  it('should let back-to-back sessions touch without clashing', async () => {
    await coordinator.data(SCHEDULE, { input: scheduleInput(inDays(12)) });

    await expect(
      coordinator.data(SCHEDULE, { input: scheduleInput(new Date(inDays(12).getTime() + 60 * 60_000)) }),
    ).resolves.toBeDefined();
  });

  it('should book exactly one of 20 concurrent overlapping requests for the same interviewer', async () => {
    const base = inDays(20).getTime();
    const attempts = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        coordinator.request(SCHEDULE, { input: scheduleInput(new Date(base + index * 60_000)) }),
      ),
    );
    const codes = attempts.map((attempt) => attempt.errors?.[0]?.extensions?.code ?? 'OK');

    expect(codes.filter((code) => code === 'OK')).toHaveLength(1);
    expect(codes.filter((code) => code === 'CONFLICT')).toHaveLength(19);
    const [{ count }] = await testApp.dataSource.query(
      `SELECT count(*)::int AS count FROM session_panelist WHERE user_id = $1 AND is_active AND period && tstzrange($2, $3)`,
      [alpha.interviewer.userId, new Date(base), new Date(base + 2 * 3_600_000)],
    );
    expect(count).toBe(1);
  });

  it('should block a person booked by another team without revealing that session', async () => {
    const shared = await addMember(testApp.dataSource, beta.teamId, alpha.interviewer.email, TeamRole.INTERVIEWER);
    const betaCoordinator = await testApp.client().signIn(beta.coordinator.email, TEST_PASSWORD);
    await betaCoordinator.data(SCHEDULE, {
      input: { ...scheduleInput(inDays(30), [{ userId: shared.userId, role: 'LEAD' }]), candidateId: betaCandidateId, kitId: betaKitId },
    });
    const result = await coordinator.request(SCHEDULE, { input: scheduleInput(inDays(30)) });

    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(result.errors?.[0]?.extensions).not.toHaveProperty('clashingSessionId');
  });

  it.each([
    ['two leads', () => [{ userId: alpha.interviewer.userId, role: 'LEAD' }, { userId: second.userId, role: 'LEAD' }], 'BAD_USER_INPUT'],
    ['a person twice', () => [{ userId: alpha.interviewer.userId, role: 'LEAD' }, { userId: alpha.interviewer.userId, role: 'SHADOW' }], 'BAD_USER_INPUT'],
    ['another team\u2019s member', () => [{ userId: beta.coordinator.userId, role: 'LEAD' }], 'NOT_FOUND'],
  ])('should refuse a panel with %s', async (_case, panel, code) => {
    await expect(coordinator.errorCode(SCHEDULE, { input: scheduleInput(inDays(40), panel()) })).resolves.toBe(code);
  });

  it('should refuse another team\u2019s candidate or kit with NOT_FOUND', async () => {
    await expect(coordinator.errorCode(SCHEDULE, { input: scheduleInput(inDays(41), undefined, { candidateId: betaCandidateId }) })).resolves.toBe('NOT_FOUND');
    await expect(coordinator.errorCode(SCHEDULE, { input: scheduleInput(inDays(41), undefined, { kitId: betaKitId }) })).resolves.toBe('NOT_FOUND');
  });

  it('should reschedule, free the old time and bump the iCalendar sequence', async () => {
    const { scheduleSession } = await coordinator.data(SCHEDULE, { input: scheduleInput(inDays(50)) });
    const { rescheduleSession } = await coordinator.data(RESCHEDULE, {
      input: { sessionId: scheduleSession.id, startsAt: inDays(51).toISOString(), reason: 'Candidate asked', expectedVersion: 1 },
    });

    expect(rescheduleSession).toMatchObject({ rescheduleCount: 1, sequence: 1, version: 2, startsAt: inDays(51).toISOString() });
    expect(rescheduleSession.history.at(-1)).toMatchObject({
      kind: 'RESCHEDULED',
      reason: 'Candidate asked',
      previousStartsAt: inDays(50).toISOString(),
      newStartsAt: inDays(51).toISOString(),
      overrodePolicy: false,
    });
    await expect(coordinator.data(SCHEDULE, { input: scheduleInput(inDays(50)) })).resolves.toBeDefined();
    const stale = await coordinator.request(RESCHEDULE, {
      input: { sessionId: scheduleSession.id, startsAt: inDays(52).toISOString(), reason: 'Again', expectedVersion: 1 },
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
  });

  it('should enforce the minimum notice unless a coordinator overrides it with a reason', async () => {
    const soon = new Date(Date.now() + 2 * 3_600_000);
    soon.setUTCMinutes(0, 0, 0);
    const { scheduleSession } = await coordinator.data(SCHEDULE, { input: scheduleInput(soon) });
    const input = { sessionId: scheduleSession.id, startsAt: inDays(60).toISOString(), reason: 'Sick', expectedVersion: 1 };
    const refused = await coordinator.request(RESCHEDULE, { input });

    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RESCHEDULE_POLICY', canOverride: true });
    const { rescheduleSession } = await coordinator.data(RESCHEDULE, { input: { ...input, overridePolicy: true } });
    expect(rescheduleSession.history.at(-1)).toMatchObject({ kind: 'RESCHEDULED', overrodePolicy: true, reason: 'Sick' });
  });

  it('should enforce the maximum number of reschedules', async () => {
    const { scheduleSession } = await coordinator.data(SCHEDULE, { input: scheduleInput(inDays(70)) });
    let version = 1;
    for (const day of [71, 72]) {
      const { rescheduleSession } = await coordinator.data(RESCHEDULE, {
        input: { sessionId: scheduleSession.id, startsAt: inDays(day).toISOString(), reason: 'Move', expectedVersion: version },
      });
      version = rescheduleSession.version;
    }
    const third = await coordinator.request(RESCHEDULE, {
      input: { sessionId: scheduleSession.id, startsAt: inDays(73).toISOString(), reason: 'Move', expectedVersion: version },
    });

    expect(third.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RESCHEDULE_POLICY' });
  });

  it('should cancel with a reason, free the panel and refuse to cancel twice', async () => {
    const { scheduleSession } = await coordinator.data(SCHEDULE, { input: scheduleInput(inDays(80)) });
    const { cancelSession } = await coordinator.data(CANCEL, { input: { sessionId: scheduleSession.id, reason: 'Role filled' } });

    expect(cancelSession).toMatchObject({ status: 'CANCELLED', sequence: 1 });
    expect(cancelSession.history.at(-1)).toMatchObject({ kind: 'CANCELLED', reason: 'Role filled' });
    await expect(coordinator.data(SCHEDULE, { input: scheduleInput(inDays(80)) })).resolves.toBeDefined();
    await expect(coordinator.errorCode(CANCEL, { input: { sessionId: scheduleSession.id, reason: 'Again' } })).resolves.toBe('CONFLICT');
    const audit = await testApp.dataSource.query(`SELECT action FROM audit_event WHERE record_id = $1 ORDER BY at`, [scheduleSession.id]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['session.scheduled', 'session.cancelled']);
  });

  it('should mark a candidate no-show', async () => {
    const { scheduleSession } = await coordinator.data(SCHEDULE, { input: scheduleInput(inDays(81)) });
    const { markNoShow } = await coordinator.data(NO_SHOW, { input: { sessionId: scheduleSession.id, party: 'CANDIDATE', reason: '' } });

    expect(markNoShow.status).toBe('NO_SHOW');
    expect(markNoShow.history.at(-1)).toMatchObject({ kind: 'NO_SHOW', party: 'CANDIDATE' });
  });

  it('should mark an interviewer no-show only for someone on the panel', async () => {
    const { scheduleSession } = await coordinator.data(SCHEDULE, { input: scheduleInput(inDays(79), [{ userId: second.userId, role: 'LEAD' }]) });
    const noShow = (userId: string) => ({ input: { sessionId: scheduleSession.id, party: 'INTERVIEWER', userId, reason: '' } });

    await expect(coordinator.errorCode(NO_SHOW, noShow(alpha.interviewer.userId))).resolves.toBe('BAD_USER_INPUT');
    const { markNoShow } = await coordinator.data(NO_SHOW, noShow(second.userId));
    expect(markNoShow.history.at(-1)).toMatchObject({ kind: 'NO_SHOW', party: 'INTERVIEWER' });
  });

  it('should show interviewers only their own sessions and hide sessions from other teams', async () => {
    const { scheduleSession } = await coordinator.data(SCHEDULE, { input: scheduleInput(inDays(82), [{ userId: second.userId, role: 'LEAD' }]) });
    const interviewer = await testApp.client().signIn(alpha.interviewer.email, TEST_PASSWORD);
    const other = await testApp.client().signIn(beta.coordinator.email, TEST_PASSWORD);
    const range = { from: inDays(0).toISOString(), to: inDays(90).toISOString() };
    const { sessions } = await interviewer.data(`query S($from: DateTime!, $to: DateTime!) { sessions(from: $from, to: $to) { id panel { user { id } } } }`, range);

    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.every((session: { panel: { user: { id: string } }[] }) => session.panel.some((p) => p.user.id === alpha.interviewer.userId))).toBe(true);
    await expect(interviewer.errorCode(`query S($id: ID!) { session(id: $id) { id } }`, { id: scheduleSession.id })).resolves.toBe('NOT_FOUND');
    await expect(other.errorCode(`query S($id: ID!) { session(id: $id) { id } }`, { id: scheduleSession.id })).resolves.toBe('NOT_FOUND');
    await expect(other.errorCode(CANCEL, { input: { sessionId: scheduleSession.id, reason: 'x' } })).resolves.toBe('NOT_FOUND');
    await expect(interviewer.errorCode(SCHEDULE, { input: scheduleInput(inDays(83)) })).resolves.toBe('FORBIDDEN');
  });

  describe('calendar', () => {
    it('should export a session as iCalendar with the panel and candidate as attendees and a rising SEQUENCE', async () => {
      const { scheduleSession } = await coordinator.data(SCHEDULE, {
        input: scheduleInput(inDays(84), [{ userId: alpha.interviewer.userId, role: 'LEAD' }, { userId: second.userId, role: 'SHADOW' }]),
      });
      const fetchIcs = async () => {
        const response = await fetch(`${testApp.baseUrl}/sessions/${scheduleSession.id}.ics`, { headers: { cookie: coordinator.sessionCookie ?? '' } });
        expect(response.headers.get('content-type')).toContain('text/calendar');

        return new ICAL.Component(ICAL.parse(await response.text()));
      };
      const first = (await fetchIcs()).getFirstSubcomponent('vevent');

      expect(first?.getFirstPropertyValue('sequence')).toBe(0);
      expect(first?.getAllProperties('attendee').map((attendee) => String(attendee.getFirstValue()).toLowerCase()).sort()).toEqual(
        ['mailto:alpha-int@example.test', 'mailto:casey@example.test', 'mailto:second@example.test'],
      );
      expect(first?.getFirstPropertyValue('uid')).toBe(`${scheduleSession.id}@panelwise`);
      await coordinator.data(RESCHEDULE, {
        input: { sessionId: scheduleSession.id, startsAt: inDays(85).toISOString(), reason: 'Move', expectedVersion: 1 },
      });
      expect((await fetchIcs()).getFirstSubcomponent('vevent')?.getFirstPropertyValue('sequence')).toBe(1);
      await coordinator.data(CANCEL, { input: { sessionId: scheduleSession.id, reason: 'Done' } });
      const cancelled = await fetchIcs();
      expect(cancelled.getFirstPropertyValue('method')).toBe('CANCEL');
      expect(cancelled.getFirstSubcomponent('vevent')?.getFirstPropertyValue('status')).toBe('CANCELLED');
      expect(cancelled.getFirstSubcomponent('vevent')?.getFirstPropertyValue('sequence')).toBe(2);
    });

    it('should serve a private feed by secret URL, and stop serving the old URL after rotation', async () => {
      const interviewer = await testApp.client().signIn(second.email, TEST_PASSWORD);
      const { rotateCalendarToken: url } = await interviewer.data(`mutation { rotateCalendarToken }`);
      const path = new URL(url as string).pathname;
      const feed = await fetch(`${testApp.baseUrl}${path}`);
      const events = new ICAL.Component(ICAL.parse(await feed.text())).getAllSubcomponents('vevent');

      expect(url).toMatch(/^https:\/\/panelwise\.example\/calendar\/[\w-]{40,}\.ics$/);
      expect(events.length).toBeGreaterThan(0);
      await interviewer.data(`mutation { rotateCalendarToken }`);
      expect((await fetch(`${testApp.baseUrl}${path}`)).status).toBe(404);
      expect((await fetch(`${testApp.baseUrl}/calendar/not-a-token.ics`)).status).toBe(404);
    });
  });
});
