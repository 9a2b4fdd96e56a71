import { hashPassword } from '@api/core/auth/password-hasher';
import { AppConfig } from '@api/core/config/app-config';
import { UserEntity } from '@api/modules/identity/user.entity';

import { createTeam, createUser, type SeededTeam, TEST_PASSWORD } from '@api-test/support/fixtures';
import type { GraphQLClient } from '@api-test/support/graphql-client';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

const INVITE = `mutation Invite($input: InviteMemberInput!) { inviteMember(input: $input) { url } }`;
const ACCEPT = `mutation Accept($input: AcceptInviteInput!) { acceptInvite(input: $input) { user { email } role } }`;

describe('password policy when accepting an invite', () => {
  let testApp: TestApp;
  let team: SeededTeam;
  let coordinator: GraphQLClient;

  async function inviteToken(email: string): Promise<string> {
    const { inviteMember } = await coordinator.data(INVITE, { input: { email, role: 'INTERVIEWER' } });

    return (inviteMember.url as string).split('/invite/')[1] ?? '';
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    team = await createTeam(testApp.dataSource, 'policy');
    coordinator = await testApp.client().signIn(team.coordinator.email, TEST_PASSWORD);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it.each([
    ['shorter than 12 characters', () => 'eleven-char', 'TOO_SHORT'],
    ['longer than 128 characters', () => 'long-'.repeat(26), 'TOO_LONG'],
    ['the invited email', (email: string) => email.toUpperCase(), 'SAME_AS_EMAIL'],
    ['a common password', () => 'qwerty123456', 'TOO_COMMON'],
  ])('should refuse a new account\'s password %s and create no user', async (_case, password, reason) => {
    const email = `new-${reason.toLowerCase()}@example.test`;
    const token = await inviteToken(email);
    const result = await testApp.client().request(ACCEPT, { input: { token, name: 'New Hire', password: password(email) } });

    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'password', reason });
    await expect(testApp.dataSource.getRepository(UserEntity).existsBy({ email })).resolves.toBe(false);
  });

  it('should create the account when the password satisfies the policy', async () => {
    const email = 'new-good@example.test';
    const token = await inviteToken(email);

    await expect(
      testApp.client().data(ACCEPT, { input: { token, name: 'New Hire', password: 'twelve-chars' } }),
    ).resolves.toMatchObject({ acceptInvite: { user: { email }, role: 'INTERVIEWER' } });
  });

  it('should let an existing account whose password predates the policy join with it', async () => {
    // Ten characters was the minimum before the policy: such passwords still sign in.
    const legacy = await createUser(testApp.dataSource, 'legacy@example.test');
    await testApp.dataSource
      .getRepository(UserEntity)
      .update({ id: legacy.id }, { passwordHash: await hashPassword('legacy-pw1', testApp.app.get(AppConfig).passwordHashCost) });
    const token = await inviteToken(legacy.email);

    await expect(testApp.client().data(ACCEPT, { input: { token, password: 'legacy-pw1' } })).resolves.toMatchObject({
      acceptInvite: { user: { email: legacy.email } },
    });
  });
});
