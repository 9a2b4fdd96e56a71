import { localDateTimeToInstant } from '@panelwise/domain-scheduling';

import { TeamRole } from '@api/core/auth/team-role';
import { addMember, createTeam, type SeededTeam, TEST_PASSWORD } from '@api-test/support/fixtures';
import type { GraphQLClient } from '@api-test/support/graphql-client';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

const SET = `mutation S($input: SetAvailabilityInput!) { setAvailability(input: $input) { timeZone version weeklyWindows { weekday start end } bufferMinutes } }`;
const GET = `query A($userId: ID) { availability(userId: $userId) { userId timeZone version weeklyWindows { weekday start end } } }`;
const SLOTS = `query F($input: FindSlotsInput!) { findSlots(input: $input) { start end score interviewers { id } } }`;

const weekdays = (start: string, end: string) => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start, end }));

describe('availability and the slot finder', () => {
  let testApp: TestApp;
  let alpha: SeededTeam;
  let beta: SeededTeam;
  let coordinator: GraphQLClient;
  let newYork: GraphQLClient;
  let berlin: GraphQLClient;
  let berlinId: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    alpha = await createTeam(testApp.dataSource, 'alpha');
    beta = await createTeam(testApp.dataSource, 'beta');
    const member = await addMember(testApp.dataSource, alpha.teamId, 'berlin@example.test', TeamRole.INTERVIEWER);
    berlinId = member.userId;
    coordinator = await testApp.client().signIn(alpha.coordinator.email, TEST_PASSWORD);
    newYork = await testApp.client().signIn(alpha.interviewer.email, TEST_PASSWORD);
    berlin = await testApp.client().signIn(member.email, TEST_PASSWORD);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should start empty at version 0 and save weekly windows in the person\u2019s zone', async () => {
    await expect(newYork.data(GET)).resolves.toMatchObject({ availability: { version: 0, weeklyWindows: [] } });
    const { setAvailability } = await newYork.data(SET, {
      input: { timeZone: 'America/New_York', weeklyWindows: weekdays('09:00', '17:00'), bufferMinutes: 15, expectedVersion: 0 },
    });

    expect(setAvailability).toMatchObject({ timeZone: 'America/New_York', version: 1, bufferMinutes: 15 });
    await expect(newYork.data('{ me { user { timeZone } } }')).resolves.toEqual({ me: { user: { timeZone: 'America/New_York' } } });
  });

  it('should answer CONFLICT for a stale save', async () => {
    const stale = await newYork.request(SET, {
      input: { timeZone: 'America/New_York', weeklyWindows: [], bufferMinutes: 0, expectedVersion: 0 },
    });

    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it.each([
    ['an unknown zone', { timeZone: 'Mars/Base', weeklyWindows: [] }, 'timeZone'],
    ['an end before the start', { timeZone: 'UTC', weeklyWindows: [{ weekday: 1, start: '17:00', end: '09:00' }] }, 'weeklyWindows[0].end'],
    ['overlapping windows', { timeZone: 'UTC', weeklyWindows: [{ weekday: 1, start: '09:00', end: '12:00' }, { weekday: 1, start: '11:00', end: '13:00' }] }, 'weeklyWindows[1]'],
  ])('should refuse %s with BAD_USER_INPUT naming the field', async (_case, input, field) => {
    const result = await berlin.request(SET, { input: { bufferMinutes: 0, expectedVersion: 0, ...input } });

    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(String(result.errors?.[0]?.extensions?.field)).toContain(field);
  });

  it('should let coordinators read a teammate\u2019s availability, and no one else', async () => {
    await expect(coordinator.data(GET, { userId: berlinId })).resolves.toMatchObject({ availability: { userId: berlinId } });
    await expect(newYork.errorCode(GET, { userId: berlinId })).resolves.toBe('FORBIDDEN');
    const other = await testApp.client().signIn(beta.coordinator.email, TEST_PASSWORD);
    await expect(other.errorCode(GET, { userId: berlinId })).resolves.toBe('NOT_FOUND');
  });

  it('should find only the hours both panelists share across their time zones', async () => {
    await berlin.data(SET, { input: { timeZone: 'Europe/Berlin', weeklyWindows: weekdays('09:00', '17:00'), bufferMinutes: 0, expectedVersion: 0 } });
    // A Monday at least a week ahead, clear of the minimum notice: the shared hours run from
    // 09:00 in New York to 17:00 in Berlin, whatever the season's offsets.
    const date = new Date(Date.now() + 7 * 86_400_000);
    date.setUTCDate(date.getUTCDate() + ((8 - date.getUTCDay()) % 7));
    const monday = date.toISOString().slice(0, 10);
    const { findSlots } = await coordinator.data(SLOTS, {
      input: {
        interviewerIds: [alpha.interviewer.userId, berlinId],
        durationMinutes: 60,
        from: `${monday}T00:00:00Z`,
        to: localDateTimeToInstant(monday, '24:00', 'UTC').toISOString(),
        maxResults: 50,
      },
    });
    const starts = findSlots.map((slot: { start: string }) => slot.start).sort();

    expect(starts[0]).toBe(localDateTimeToInstant(monday, '09:00', 'America/New_York').toISOString());
    expect(starts.at(-1)).toBe(localDateTimeToInstant(monday, '16:00', 'Europe/Berlin').toISOString());
    expect(findSlots.every((slot: { interviewers: unknown[] }) => slot.interviewers.length === 2)).toBe(true);
  });

  it('should refuse a slot search for people outside the team', async () => {
    await expect(
      coordinator.errorCode(SLOTS, {
        input: { interviewerIds: [beta.interviewer.userId], durationMinutes: 60, from: '2026-12-07T00:00:00Z', to: '2026-12-08T00:00:00Z' },
      }),
    ).resolves.toBe('NOT_FOUND');
  });
});
