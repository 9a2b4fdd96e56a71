import { AuditEventEntity } from '@api/core/audit/audit-event.entity';
import { LOGIN_THROTTLE } from '@api/modules/identity/login-throttle.service';
import { createTeam, type SeededTeam, TEST_PASSWORD } from '@api-test/support/fixtures';
import type { GraphQLClient } from '@api-test/support/graphql-client';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

const CHANGE = `mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const ME = `{ me { user { email } } }`;
const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id } } }`;
const NEW_PASSWORD = 'a-brand-new-passphrase';

describe('changePassword', () => {
  let testApp: TestApp;
  let team: SeededTeam;

  const signIn = (email: string, password = TEST_PASSWORD) => testApp.client().signIn(email, password);
  const change = (client: GraphQLClient, currentPassword: string, newPassword: string) =>
    client.request(CHANGE, { input: { currentPassword, newPassword } });
  const signInAttempt = (email: string, password: string) =>
    testApp.client().request(SIGN_IN, { input: { email, password } });

  beforeAll(async () => {
    testApp = await startTestApp();
    team = await createTeam(testApp.dataSource, 'pwchange');
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should answer UNAUTHENTICATED to an anonymous caller', async () => {
    await expect(
      testApp.client().errorCode(CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } }),
    ).resolves.toBe('UNAUTHENTICATED');
  });

  it.each([
    ['shorter than 12 characters', 'short-pw-11', 'TOO_SHORT'],
    ['longer than 128 characters', 'x1'.repeat(65), 'TOO_LONG'],
    ['the email address', 'pwchange-coord@example.test', 'SAME_AS_EMAIL'],
    ['a common password', 'Password1234', 'TOO_COMMON'],
  ])('should refuse a new password %s with BAD_USER_INPUT naming the rule, and keep the old one', async (_case, newPassword, reason) => {
    const client = await signIn(team.coordinator.email);
    const result = await change(client, TEST_PASSWORD, newPassword);

    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'newPassword', reason });
    expect((await signInAttempt(team.coordinator.email, TEST_PASSWORD)).errors).toBeUndefined();
  });

  it('should refuse a new password equal to the current one', async () => {
    const client = await signIn(team.coordinator.email);
    const result = await change(client, TEST_PASSWORD, TEST_PASSWORD);

    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'newPassword',
      reason: 'SAME_AS_CURRENT',
    });
  });

  it('should refuse a wrong current password with BAD_USER_INPUT on currentPassword, leaving sessions alone', async () => {
    const client = await signIn(team.coordinator.email);
    const other = await signIn(team.coordinator.email);
    const result = await change(client, 'not-the-password', NEW_PASSWORD);

    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'currentPassword',
      reason: 'WRONG_PASSWORD',
    });
    await expect(other.data(ME)).resolves.toMatchObject({ me: { user: { email: team.coordinator.email } } });
    expect((await signInAttempt(team.coordinator.email, NEW_PASSWORD)).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('should set the new password, revoke every other session of the user and keep the current one', async () => {
    const { email, userId } = team.interviewer;
    const current = await signIn(email);
    const secondBrowser = await signIn(email);
    const thirdBrowser = await signIn(email);
    const teammate = await signIn(team.coordinator.email);

    await expect(change(current, TEST_PASSWORD, NEW_PASSWORD)).resolves.toEqual({ data: { changePassword: true } });

    await expect(secondBrowser.errorCode(ME)).resolves.toBe('UNAUTHENTICATED');
    await expect(thirdBrowser.errorCode(ME)).resolves.toBe('UNAUTHENTICATED');
    await expect(current.data(ME)).resolves.toMatchObject({ me: { user: { email } } });
    await expect(teammate.data(ME)).resolves.toMatchObject({ me: { user: { email: team.coordinator.email } } });
    expect((await signInAttempt(email, TEST_PASSWORD)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await signInAttempt(email, NEW_PASSWORD)).errors).toBeUndefined();
    const events = await testApp.dataSource
      .getRepository(AuditEventEntity)
      .findBy({ actorId: userId, action: 'user.password_changed' });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ teamId: team.teamId, recordId: userId, details: { revokedSessions: 2 } });
  });

  it('should count wrong current passwords towards the sign-in throttle', async () => {
    const email = team.coordinator.email;
    const client = await signIn(email);
    // One free failure was spent by the wrong-current-password test above.
    await testApp.dataSource.query(`DELETE FROM login_throttle`);
    for (let index = 0; index <= LOGIN_THROTTLE.freeFailuresPerEmail; index += 1) {
      const result = await change(client, 'still-not-the-password', NEW_PASSWORD);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    }

    const locked = await change(client, TEST_PASSWORD, NEW_PASSWORD);
    expect(locked.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect((await signInAttempt(email, TEST_PASSWORD)).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect((await signInAttempt(email, NEW_PASSWORD)).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});
