import { hashPassword, PASSWORD_HASH_CONCURRENCY, passwordHashingLoad, scryptCost } from '@api/core/auth/password-hasher';
import { UserEntity } from '@api/modules/identity/user.entity';

import { createTeam, createUser, type SeededTeam, TEST_PASSWORD } from '@api-test/support/fixtures';
import type { GraphQLClient } from '@api-test/support/graphql-client';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

// Issue #20, point 7: new hashes at OWASP's minimum (scrypt N = 2^17, r = 8, p = 1);
// a hash from before (N = 2^15) still signs in and is replaced by the first successful
// check of its password; a wrong password changes nothing. This app runs the production
// default, not the cheap cost other test apps use.

const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id } } }`;
const INVITE = `mutation Invite($input: InviteMemberInput!) { inviteMember(input: $input) { url } }`;
const ACCEPT = `mutation Accept($input: AcceptInviteInput!) { acceptInvite(input: $input) { user { email } role } }`;
const OLDER = scryptCost(15);
const PASSWORD = 'an-older-password';

type Row = {
  name: string;
  check: (email: string) => Promise<{ errors?: { extensions?: { code?: string } }[] }>;
  error: string | null;
};

describe('password hashes at the current cost (issue #20)', () => {
  let testApp: TestApp;
  let team: SeededTeam;
  let coordinator: GraphQLClient;

  const storedHash = async (email: string) => (await testApp.dataSource.getRepository(UserEntity).findOneByOrFail({ email })).passwordHash;

  async function olderAccount(email: string): Promise<string> {
    await createUser(testApp.dataSource, email);
    const hash = await hashPassword(PASSWORD, OLDER);
    await testApp.dataSource.getRepository(UserEntity).update({ email }, { passwordHash: hash });

    return hash;
  }

  async function invite(email: string): Promise<string> {
    const { inviteMember } = await coordinator.data(INVITE, { input: { email, role: 'INTERVIEWER' } });

    return (inviteMember.url as string).split('/invite/')[1] ?? '';
  }

  beforeAll(async () => {
    testApp = await startTestApp({ PASSWORD_HASH_COST: 17 });
    team = await createTeam(testApp.dataSource, 'rehash');
    coordinator = await testApp.client().signIn(team.coordinator.email, TEST_PASSWORD);
  });

  afterAll(async () => {
    await testApp.close();
  });

  const ROWS: Row[] = [
    { name: 'signIn with the right password', check: (email) => testApp.client().request(SIGN_IN, { input: { email, password: PASSWORD } }), error: null },
    { name: 'signIn with a wrong password', check: (email) => testApp.client().request(SIGN_IN, { input: { email, password: `${PASSWORD}!` } }), error: 'UNAUTHENTICATED' },
    {
      name: 'acceptInvite to an existing account with its password',
      check: async (email) => testApp.client().request(ACCEPT, { input: { token: await invite(email), password: PASSWORD } }),
      error: null,
    },
    {
      name: 'acceptInvite to an existing account with a wrong password',
      check: async (email) => testApp.client().request(ACCEPT, { input: { token: await invite(email), password: `${PASSWORD}!` } }),
      error: 'UNAUTHENTICATED',
    },
  ];

  it.each(ROWS.map((row, index) => [row.name, row, index] as const))(
    'should answer %s and replace the older hash only when the password was right',
    async (_name, row, index) => {
      const email = `rehash-${index}@example.test`;
      const older = await olderAccount(email);

      const result = await row.check(email);

      expect(result.errors?.[0]?.extensions?.code ?? null).toBe(row.error);
      const stored = await storedHash(email);
      if (row.error) {
        expect(stored).toBe(older);
      } else {
        // The next test signs in with such a hash.
        expect(stored.split('$').slice(0, 4)).toEqual(['scrypt', '131072', '8', '1']);
      }
    },
  );

  it('should sign in with the upgraded hash and leave a current hash as it is', async () => {
    const email = 'rehash-current@example.test';
    await olderAccount(email);
    await testApp.client().signIn(email, PASSWORD);
    const upgraded = await storedHash(email);

    await testApp.client().signIn(email, PASSWORD);

    expect(await storedHash(email)).toBe(upgraded);
  });

  it(`should queue parallel sign-ins behind ${PASSWORD_HASH_CONCURRENCY} hashes at a time`, async () => {
    const current = await hashPassword(PASSWORD);
    const emails = Array.from({ length: 4 }, (_, index) => `rehash-parallel-${index}@example.test`);
    for (const email of emails) {
      await createUser(testApp.dataSource, email);
      await testApp.dataSource.getRepository(UserEntity).update({ email }, { passwordHash: current });
    }
    const samples: { running: number; waiting: number }[] = [];
    const sampler = setInterval(() => samples.push(passwordHashingLoad()), 5);

    const results = await Promise.all(emails.map((email) => testApp.client().request(SIGN_IN, { input: { email, password: PASSWORD } })));
    clearInterval(sampler);

    expect(results.map((result) => result.errors ?? [])).toEqual(emails.map(() => []));
    expect(Math.max(...samples.map((sample) => sample.running))).toBe(PASSWORD_HASH_CONCURRENCY);
    expect(Math.max(...samples.map((sample) => sample.waiting))).toBeGreaterThan(0);
  });
});
