import { createCoordinator } from '@api/cli/admin-coordinator.command';
import { AppConfig } from '@api/core/config/app-config';
import { FirstRunService } from '@api/modules/onboarding/first-run.service';

import { createTeam, TEST_PASSWORD } from '@api-test/support/fixtures';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

const SETUP_TOKEN = 'first-run-token-for-tests';
const STATUS = `{ setupStatus { needsSetup } }`;
const COMPLETE = `mutation C($input: CompleteSetupInput!) { completeSetup(input: $input) { user { email timeZone } currentTeam { id name } role } }`;
const CREATE_TEAM = `mutation T($input: CreateTeamInput!) { createTeam(input: $input) { currentTeam { id name } role memberships { team { name } role } } }`;
const RESET = `mutation R($input: ResetPasswordInput!) { resetPassword(input: $input) { user { email } currentTeam { name } role } }`;
const PASSWORD = 'first-coordinator-passphrase';

const setupInput = (overrides: Record<string, unknown> = {}) => ({
  setupToken: SETUP_TOKEN,
  teamName: 'Acme Hiring',
  name: 'Frida First',
  email: 'frida@acme.test',
  password: PASSWORD,
  timeZone: 'Europe/Berlin',
  ...overrides,
});

async function rowCounts(testApp: TestApp): Promise<{ users: number; teams: number; memberships: number; rubrics: number }> {
  const [row]: { users: number; teams: number; memberships: number; rubrics: number }[] = await testApp.dataSource.query(
    `SELECT (SELECT count(*)::int FROM app_user) AS users, (SELECT count(*)::int FROM team) AS teams,
            (SELECT count(*)::int FROM membership) AS memberships, (SELECT count(*)::int FROM rubric) AS rubrics`,
  );

  return row ?? { users: -1, teams: -1, memberships: -1, rubrics: -1 };
}

describe('first run on an empty instance', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ SETUP_TOKEN });
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should refuse a wrong token or bad input and create nothing', async () => {
    const client = testApp.client();

    await expect(client.data(STATUS)).resolves.toEqual({ setupStatus: { needsSetup: true } });
    const wrong = await client.request(COMPLETE, { input: setupInput({ setupToken: 'guessed-token' }) });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'setupToken' });
    const weak = await client.request(COMPLETE, { input: setupInput({ password: 'short' }) });
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password', reason: 'TOO_SHORT' });
    const zone = await client.request(COMPLETE, { input: setupInput({ timeZone: 'Mars/Olympus' }) });
    expect(zone.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'timeZone' });
    await expect(rowCounts(testApp)).resolves.toEqual({ users: 0, teams: 0, memberships: 0, rubrics: 0 });
  });

  it('should create exactly one team and coordinator when setups race, sign the winner in, and refuse every other attempt', async () => {
    const attempts = Array.from({ length: 8 }, (_, index) => {
      const client = testApp.client();

      return client
        .request(COMPLETE, { input: setupInput({ email: `racer-${index}@acme.test`, teamName: `Team ${index}` }) })
        .then((result) => ({ client, result }));
    });
    const settled = await Promise.all(attempts);
    const winners = settled.filter(({ result }) => !result.errors);
    const refused = settled.filter(({ result }) => result.errors?.[0]?.extensions?.code === 'CONFLICT');

    expect({ winners: winners.length, refused: refused.length }).toEqual({ winners: 1, refused: 7 });
    const counts = await rowCounts(testApp);
    expect(counts).toMatchObject({ users: 1, teams: 1, memberships: 1 });
    expect(counts.rubrics).toBeGreaterThan(0);
    const winner = winners[0];
    if (!winner) {
      throw new Error('no winner');
    }
    await expect(winner.client.data(`{ me { role currentTeam { name } user { timeZone } } }`)).resolves.toMatchObject({
      me: { role: 'COORDINATOR', user: { timeZone: 'Europe/Berlin' } },
    });
    await expect(testApp.client().data(STATUS)).resolves.toEqual({ setupStatus: { needsSetup: false } });
    const late = await testApp.client().request(COMPLETE, { input: setupInput({ email: 'late@acme.test' }) });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SETUP_DONE' });
  });
});

describe('first run with the token printed to the log', () => {
  it('should accept the random token the start-up notice names, then print no notice', async () => {
    const testApp = await startTestApp();
    try {
      const notice = (await testApp.app.get(FirstRunService).setupNotice()) ?? '';
      const token = /setup token: (\S+)$/.exec(notice)?.[1];

      expect(notice).toContain('/setup');
      expect(token).toMatch(/^[\w-]{24}$/);
      await testApp.client().data(COMPLETE, { input: setupInput({ setupToken: token }) });
      await expect(testApp.app.get(FirstRunService).setupNotice()).resolves.toBeNull();
    } finally {
      await testApp.close();
    }
  });
});

describe('more teams (TEAM_CREATION)', () => {
  it.each([
    ['coordinators', { coordinator: true, interviewer: false }],
    ['anyone', { coordinator: true, interviewer: true }],
    ['off', { coordinator: false, interviewer: false }],
  ] as const)('with TEAM_CREATION=%s lets %j create a team', async (setting, allowed) => {
    const testApp = await startTestApp({ TEAM_CREATION: setting });
    try {
      const team = await createTeam(testApp.dataSource, `tc-${setting}`);
      for (const role of ['coordinator', 'interviewer'] as const) {
        const client = await testApp.client().signIn(team[role].email, TEST_PASSWORD);
        const { me } = await client.data(`{ me { canCreateTeam } }`);
        const result = await client.request<{ createTeam: { currentTeam: { name: string }; role: string; memberships: unknown[] } }>(CREATE_TEAM, {
          input: { name: `  ${role} side project  ` },
        });

        expect({ role, canCreateTeam: me.canCreateTeam, created: !result.errors }).toEqual({ role, canCreateTeam: allowed[role], created: allowed[role] });
        if (allowed[role]) {
          expect(result.data?.createTeam).toMatchObject({ currentTeam: { name: `${role} side project` }, role: 'COORDINATOR' });
          expect(result.data?.createTeam.memberships).toHaveLength(2);
          // The session switched: the next request acts in the new team.
          await expect(client.data(`{ team { name } rubrics { id } }`)).resolves.toMatchObject({ team: { name: `${role} side project` } });
        } else {
          expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        }
      }
    } finally {
      await testApp.close();
    }
  });

  it('should refuse a blank team name', async () => {
    const testApp = await startTestApp();
    try {
      const team = await createTeam(testApp.dataSource, 'blank');
      const client = await testApp.client().signIn(team.coordinator.email, TEST_PASSWORD);
      const result = await client.request(CREATE_TEAM, { input: { name: '   ' } });

      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    } finally {
      await testApp.close();
    }
  });
});

describe('admin create-coordinator (CLI)', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ PUBLIC_URL: 'http://panelwise.test' });
  });

  afterAll(async () => {
    await testApp.close();
  });

  const run = (options: Parameters<typeof createCoordinator>[1]) =>
    testApp.dataSource.transaction((manager) => createCoordinator(manager, options, testApp.app.get(AppConfig)));

  it('should create a team and its coordinator on an empty instance and print a one-time link that sets the password', async () => {
    const lines = await run({ email: 'Olga@Ops.test', name: 'Olga Ops', newTeam: 'Ops Hiring', timeZone: 'Asia/Tokyo' });
    const link = lines.find((line) => line.includes('/reset-password/'))?.trim() ?? '';
    const token = link.split('/reset-password/')[1];

    expect(lines[0]).toBe('Created the account olga@ops.test');
    expect(link.startsWith('http://panelwise.test/reset-password/')).toBe(true);
    const client = testApp.client();
    await expect(client.data(`query P($token: String!) { passwordResetPreview(token: $token) { email purpose } }`, { token })).resolves.toEqual({
      passwordResetPreview: { email: 'olga@ops.test', purpose: 'SIGN_IN_LINK' },
    });
    await expect(client.data(RESET, { input: { token, newPassword: PASSWORD } })).resolves.toMatchObject({
      resetPassword: { user: { email: 'olga@ops.test' }, currentTeam: { name: 'Ops Hiring' }, role: 'COORDINATOR' },
    });
    await testApp.client().signIn('olga@ops.test', PASSWORD);
    expect((await testApp.client().request(RESET, { input: { token, newPassword: 'another-passphrase-9' } })).errors?.[0]?.extensions?.reason).toBe('USED');
  });

  it('should be the way back in for a locked-out coordinator: promote, unlock and set the password', async () => {
    const team = await createTeam(testApp.dataSource, 'locked');
    await testApp.dataSource.query(`UPDATE membership SET active = false WHERE user_id = $1`, [team.coordinator.userId]);
    await testApp.dataSource.query(
      `INSERT INTO login_throttle (key, failures, locked_until) VALUES ($1, 9, now() + interval '1 hour')`,
      [`email:${team.coordinator.email}`],
    );
    const lines = await run({ email: team.coordinator.email, team: 'locked team', password: PASSWORD });

    expect(lines).toEqual([
      `Set a new password for ${team.coordinator.email} and signed out its sessions`,
      `${team.coordinator.email} is now a coordinator of "locked team" (promoted)`,
    ]);
    const client = await testApp.client().signIn(team.coordinator.email, PASSWORD);
    await expect(client.data(`{ me { role } }`)).resolves.toEqual({ me: { role: 'COORDINATOR' } });
  });

  it('should refuse unclear or bad options and change nothing', async () => {
    const before: { count: number }[] = await testApp.dataSource.query(`SELECT count(*)::int AS count FROM app_user`);

    await expect(run({ email: 'x@y.test', name: 'X' })).rejects.toThrow(/exactly one of --team/);
    await expect(run({ email: 'x@y.test', name: 'X', team: 'No such team' })).rejects.toThrow(/No team named/);
    await expect(run({ email: 'not-an-email', name: 'X', newTeam: 'T' })).rejects.toThrow(/--email/);
    await expect(run({ email: 'x@y.test', newTeam: 'T' })).rejects.toThrow(/--name is required/);
    await expect(run({ email: 'x@y.test', name: 'X', newTeam: 'T', password: 'short' })).rejects.toThrow(/at least/);
    await expect(testApp.dataSource.query(`SELECT count(*)::int AS count FROM app_user`)).resolves.toEqual(before);
  });
});
