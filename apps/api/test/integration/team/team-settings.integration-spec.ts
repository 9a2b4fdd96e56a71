import { createTeam, type SeededTeam, TEST_PASSWORD } from '@api-test/support/fixtures';
import type { GraphQLClient } from '@api-test/support/graphql-client';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

const TEAM = `{ team { name timeZone } }`;
const UPDATE = `mutation U($input: UpdateTeamSettingsInput!) { updateTeamSettings(input: $input) { name timeZone } }`;

describe('team name and time zone', () => {
  let testApp: TestApp;
  let alpha: SeededTeam;
  let beta: SeededTeam;
  let coordinator: GraphQLClient;

  beforeAll(async () => {
    testApp = await startTestApp();
    alpha = await createTeam(testApp.dataSource, 'alpha');
    beta = await createTeam(testApp.dataSource, 'beta');
    coordinator = await testApp.client().signIn(alpha.coordinator.email, TEST_PASSWORD);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should rename the team and set its zone, trimmed, audited, and leave other teams alone', async () => {
    const { updateTeamSettings } = await coordinator.data(UPDATE, { input: { name: '  Platform hiring  ', timeZone: 'America/Chicago' } });

    expect(updateTeamSettings).toEqual({ name: 'Platform hiring', timeZone: 'America/Chicago' });
    await expect(coordinator.data(TEAM)).resolves.toEqual({ team: { name: 'Platform hiring', timeZone: 'America/Chicago' } });
    const [audit] = await testApp.dataSource.query(
      `SELECT details FROM audit_event WHERE team_id = $1 AND action = 'team.settings_changed' ORDER BY at DESC LIMIT 1`,
      [alpha.teamId],
    );
    expect(audit.details).toMatchObject({ name: 'Platform hiring', timeZone: 'America/Chicago' });
    const [other] = await testApp.dataSource.query(`SELECT name, time_zone FROM team WHERE id = $1`, [beta.teamId]);
    expect(other).toEqual({ name: 'beta team', time_zone: 'UTC' });
  });

  it.each([
    ['a blank name', { name: ' \t ' }, 'name'],
    ['an unknown zone', { timeZone: 'Mars/Olympus' }, 'timeZone'],
    ['a name over 120 characters', { name: 'n'.repeat(121) }, 'name'],
  ])('should refuse %s naming the field and change nothing', async (_case, input, field) => {
    const before = await coordinator.data(TEAM);
    const result = await coordinator.request(UPDATE, { input });

    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    await expect(coordinator.data(TEAM)).resolves.toEqual(before);
  });

  it('should give a new team its first coordinator’s zone', async () => {
    await testApp.dataSource.query(`UPDATE app_user SET time_zone = 'Asia/Kolkata' WHERE id = $1`, [alpha.coordinator.userId]);
    const { createTeam: viewer } = await coordinator.data(`mutation C($input: CreateTeamInput!) { createTeam(input: $input) { currentTeam { id } } }`, {
      input: { name: 'Second team' },
    });
    const [team] = await testApp.dataSource.query(`SELECT time_zone FROM team WHERE id = $1`, [viewer.currentTeam.id]);

    expect(team.time_zone).toBe('Asia/Kolkata');
  });
});
