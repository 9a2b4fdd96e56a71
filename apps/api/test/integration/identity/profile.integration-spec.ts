import {
  addMember,
  createTeam,
  type SeededTeam,
  TEST_PASSWORD,
} from '@api-test/support/fixtures';
import type { GraphQLClient } from '@api-test/support/graphql-client';
import { startTestApp, type TestApp } from '@api-test/support/test-app';
import { TeamRole } from '@api/core/auth/team-role';

const UPDATE = `mutation U($input: UpdateProfileInput!) { updateProfile(input: $input) { user { name email timeZone } } }`;
const ME = `{ me { user { name email timeZone } } }`;

describe('your own profile', () => {
  let testApp: TestApp;
  let team: SeededTeam;
  let ada: GraphQLClient;

  beforeAll(async () => {
    testApp = await startTestApp();
    team = await createTeam(testApp.dataSource, 'profile');
    await addMember(
      testApp.dataSource,
      team.teamId,
      'taken@example.test',
      TeamRole.INTERVIEWER,
    );
    ada = await testApp.client().signIn(team.interviewer.email, TEST_PASSWORD);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should change the name and zone, trimmed, and record it', async () => {
    const { updateProfile } = await ada.data(UPDATE, {
      input: { name: '  Ada Lovelace ', timeZone: 'Europe/London' },
    });

    expect(updateProfile.user).toEqual({
      name: 'Ada Lovelace',
      email: team.interviewer.email,
      timeZone: 'Europe/London',
    });
    const [audit] = await testApp.dataSource.query(
      `SELECT details FROM audit_event WHERE action = 'user.profile_changed' AND actor_id = $1`,
      [team.interviewer.userId],
    );
    expect(audit.details).toEqual({
      name: 'Ada Lovelace',
      timeZone: 'Europe/London',
    });
  });

  it('should change the sign-in email only with the current password, and sign in with the new one', async () => {
    const without = await ada.request(UPDATE, {
      input: { email: 'ada@example.test' },
    });
    expect(without.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'currentPassword',
    });
    const wrong = await ada.request(UPDATE, {
      input: { email: 'ada@example.test', currentPassword: 'not-my-password' },
    });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'currentPassword',
      reason: 'WRONG_PASSWORD',
    });
    await expect(ada.data(ME)).resolves.toMatchObject({
      me: { user: { email: team.interviewer.email } },
    });

    await ada.data(UPDATE, {
      input: { email: 'Ada@Example.test', currentPassword: TEST_PASSWORD },
    });
    await expect(ada.data(ME)).resolves.toMatchObject({
      me: { user: { email: 'ada@example.test' } },
    });
    await expect(
      testApp.client().signIn('ada@example.test', TEST_PASSWORD),
    ).resolves.toBeDefined();
  });

  it.each([
    ['a blank name', { name: '   ' }, 'BAD_USER_INPUT', 'name'],
    [
      'an unknown zone',
      { timeZone: 'Atlantis/Capital' },
      'BAD_USER_INPUT',
      'timeZone',
    ],
    [
      'a malformed email',
      { email: 'not-an-email', currentPassword: TEST_PASSWORD },
      'BAD_USER_INPUT',
      'email',
    ],
    [
      'another account’s email',
      { email: 'TAKEN@example.test', currentPassword: TEST_PASSWORD },
      'CONFLICT',
      'email',
    ],
  ])(
    'should refuse %s naming the field and change nothing',
    async (_case, input, code, field) => {
      const before = await ada.data(ME);
      const result = await ada.request(UPDATE, { input });

      expect(result.errors?.[0]?.extensions).toMatchObject({ code, field });
      await expect(ada.data(ME)).resolves.toEqual(before);
    },
  );

  it('should refuse anyone signed out', async () => {
    await expect(
      testApp.client().errorCode(UPDATE, { input: { name: 'Mallory' } }),
    ).resolves.toBe('UNAUTHENTICATED');
  });
});
