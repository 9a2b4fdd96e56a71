import { AuditEventEntity } from '@api/core/audit/audit-event.entity';
import { TeamRole } from '@api/core/auth/team-role';
import { AuthSessionEntity } from '@api/modules/identity/auth-session.entity';

import { addMember, createTeam, type SeededTeam, TEST_PASSWORD } from '@api-test/support/fixtures';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

const ME = `{ me { user { email } currentTeam { id } role memberships { team { id } role } } }`;
const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { email } role } }`;
const SWITCH_TEAM = `mutation Switch($input: SwitchTeamInput!) { switchTeam(input: $input) { currentTeam { id } role } }`;

describe('authentication', () => {
  let testApp: TestApp;
  let alpha: SeededTeam;
  let beta: SeededTeam;

  beforeAll(async () => {
    testApp = await startTestApp();
    alpha = await createTeam(testApp.dataSource, 'alpha');
    beta = await createTeam(testApp.dataSource, 'beta');
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should reject an anonymous call with UNAUTHENTICATED', async () => {
    await expect(testApp.client().errorCode(ME)).resolves.toBe('UNAUTHENTICATED');
  });

  it('should sign in, set an httpOnly SameSite cookie and answer me', async () => {
    const response = await fetch(`${testApp.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: SIGN_IN,
        variables: { input: { email: alpha.coordinator.email, password: TEST_PASSWORD } },
      }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';

    expect(cookie).toMatch(/^pw_session=[\w-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    await expect(response.json()).resolves.toMatchObject({
      data: { signIn: { user: { email: alpha.coordinator.email }, role: 'COORDINATOR' } },
    });
  });

  it('should accept the email in any letter case', async () => {
    const client = await testApp.client().signIn(alpha.interviewer.email.toUpperCase(), TEST_PASSWORD);

    await expect(client.data(ME)).resolves.toMatchObject({ me: { role: 'INTERVIEWER' } });
  });

  it.each([
    ['a wrong password', 'alpha-coord@example.test', 'wrong-password-1'],
    ['an unknown email', 'nobody@example.test', TEST_PASSWORD],
  ])('should answer UNAUTHENTICATED for %s', async (_case, email, password) => {
    const client = testApp.client();

    await expect(client.errorCode(SIGN_IN, { input: { email, password } })).resolves.toBe('UNAUTHENTICATED');
    expect(client.sessionCookie).toBeUndefined();
  });

  it.each([
    ['a malformed email', { email: 'not-an-email', password: 'x' }, 'email'],
    ['an empty password', { email: 'a@example.test', password: '' }, 'password'],
  ])('should answer BAD_USER_INPUT naming the field for %s', async (_case, input, field) => {
    const result = await testApp.client().request(SIGN_IN, { input });

    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('should reject a missing field before running the resolver', async () => {
    const result = await testApp.client().request(SIGN_IN, { input: { email: 'a@example.test' } });

    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('should write an audit event when a user signs in', async () => {
    await testApp.client().signIn(beta.interviewer.email, TEST_PASSWORD);
    const events = await testApp.dataSource
      .getRepository(AuditEventEntity)
      .findBy({ actorId: beta.interviewer.userId, action: 'user.signed_in' });

    expect(events).toHaveLength(1);
    expect(events[0]?.teamId).toBe(beta.teamId);
  });

  it('should revoke the session on sign out', async () => {
    const client = await testApp.client().signIn(alpha.coordinator.email, TEST_PASSWORD);
    const cookie = client.sessionCookie;
    await client.data(`mutation { signOut }`);
    const replay = await fetch(`${testApp.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie ?? '' },
      body: JSON.stringify({ query: ME }),
    });
    const body = (await replay.json()) as { errors: { extensions: { code: string } }[] };

    expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('should reject an expired session', async () => {
    const client = await testApp.client().signIn(alpha.coordinator.email, TEST_PASSWORD);
    await testApp.dataSource
      .getRepository(AuthSessionEntity)
      .update({ userId: alpha.coordinator.userId }, { expiresAt: new Date(Date.now() - 1000) });

    await expect(client.errorCode(ME)).resolves.toBe('UNAUTHENTICATED');
  });

  describe('switching team', () => {
    it('should switch to another team the user belongs to, with that team\'s role', async () => {
      const member = await addMember(testApp.dataSource, beta.teamId, 'both@example.test', TeamRole.COORDINATOR);
      await addMember(testApp.dataSource, alpha.teamId, member.email, TeamRole.INTERVIEWER);
      const client = await testApp.client().signIn(member.email, TEST_PASSWORD);
      const switched = await client.data(SWITCH_TEAM, { input: { teamId: alpha.teamId } });

      expect(switched.switchTeam).toEqual({ currentTeam: { id: alpha.teamId }, role: 'INTERVIEWER' });
      await expect(client.data(ME)).resolves.toMatchObject({ me: { currentTeam: { id: alpha.teamId } } });
    });

    it('should answer NOT_FOUND for a team the user does not belong to', async () => {
      const client = await testApp.client().signIn(alpha.interviewer.email, TEST_PASSWORD);

      await expect(client.errorCode(SWITCH_TEAM, { input: { teamId: beta.teamId } })).resolves.toBe('NOT_FOUND');
      await expect(client.data(ME)).resolves.toMatchObject({ me: { currentTeam: { id: alpha.teamId } } });
    });

    it('should answer BAD_USER_INPUT for an id that is not a UUID', async () => {
      const client = await testApp.client().signIn(alpha.interviewer.email, TEST_PASSWORD);

      await expect(client.errorCode(SWITCH_TEAM, { input: { teamId: 'nope' } })).resolves.toBe('BAD_USER_INPUT');
    });
  });
});
