import { LOGIN_THROTTLE } from '@api/modules/identity/login-throttle.service';
import { createTeam, createUser, type SeededTeam, TEST_PASSWORD } from '@api-test/support/fixtures';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

const SIGN_IN = `mutation S($input: SignInInput!) { signIn(input: $input) { user { id } } }`;

describe('sign-in throttling', () => {
  let testApp: TestApp;
  let team: SeededTeam;

  const attempt = (email: string, password: string) => testApp.client().request(SIGN_IN, { input: { email, password } });
  const lockSeconds = async (email: string) => {
    const [row] = await testApp.dataSource.query(
      `SELECT ceil(extract(epoch FROM locked_until - now()))::int AS seconds FROM login_throttle WHERE key = $1`,
      [`email:${email}`],
    );

    return row?.seconds as number | undefined;
  };

  beforeAll(async () => {
    testApp = await startTestApp();
    team = await createTeam(testApp.dataSource, 'throttle');
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should lock an account after repeated failures, even for the right password, with a clear error', async () => {
    const email = team.interviewer.email;
    for (let index = 0; index < LOGIN_THROTTLE.freeFailuresPerEmail; index += 1) {
      expect((await attempt(email, 'wrong-password')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await lockSeconds(email)) ?? null).toBeNull();

    const sixth = await attempt(email, 'wrong-password');
    expect(sixth.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const locked = await attempt(email, TEST_PASSWORD);

    expect(locked.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect(locked.errors?.[0]?.message).toMatch(/Too many failed sign-ins\. Try again in \d+ seconds/);
    expect(await lockSeconds(email)).toBeGreaterThan(LOGIN_THROTTLE.firstLockSeconds - 5);
  });

  it('should check no more passwords than the free failures when the guesses arrive all at once', async () => {
    const email = 'throttle-parallel@example.test';
    await createUser(testApp.dataSource, email);
    const guesses = 2 * (LOGIN_THROTTLE.freeFailuresPerEmail + 1);

    const answers = await Promise.all(Array.from({ length: guesses }, () => attempt(email, 'wrong-password')));

    const codes = answers.map((answer) => answer.errors?.[0]?.extensions?.code);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(LOGIN_THROTTLE.freeFailuresPerEmail + 1);
    expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(guesses - LOGIN_THROTTLE.freeFailuresPerEmail - 1);
  });

  it('should give the address back the attempt of a right password', async () => {
    const address = async () =>
      (await testApp.dataSource.query<{ failures: number }[]>(`SELECT failures FROM login_throttle WHERE key = 'address:127.0.0.1'`))[0]?.failures ?? 0;
    const before = await address();

    expect((await attempt(team.coordinator.email, TEST_PASSWORD)).errors).toBeUndefined();
    expect(await address()).toBe(before);
  });

  it('should leave other accounts from the same address alone', async () => {
    expect((await attempt(team.coordinator.email, TEST_PASSWORD)).errors).toBeUndefined();
  });

  it('should double the lock with each further failure, and clear it on success once it expires', async () => {
    const email = team.interviewer.email;
    await testApp.dataSource.query(`UPDATE login_throttle SET locked_until = now() - interval '1 second' WHERE key = $1`, [`email:${email}`]);
    const failed = await attempt(email, 'wrong-password');
    expect(failed.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await lockSeconds(email)).toBeGreaterThan(2 * LOGIN_THROTTLE.firstLockSeconds - 5);

    await testApp.dataSource.query(`UPDATE login_throttle SET locked_until = now() - interval '1 second' WHERE key = $1`, [`email:${email}`]);
    expect((await attempt(email, TEST_PASSWORD)).errors).toBeUndefined();
    const [{ count }] = await testApp.dataSource.query(`SELECT count(*)::int AS count FROM login_throttle WHERE key = $1`, [`email:${email}`]);
    expect(count).toBe(0);
  });
});
