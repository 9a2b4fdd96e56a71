import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';

import { createTeam, type SeededTeam, TEST_PASSWORD } from '@api-test/support/fixtures';
import type { GraphQLClient } from '@api-test/support/graphql-client';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

// What a leaked internal would look like: stack frames, source paths, SQL.
const INTERNALS = /stacktrace|exception|\bat .+\(|\.ts:\d+|node_modules|time_zone|column|relation/i;

describe('errors in production', () => {
  let testApp: TestApp;
  let team: SeededTeam;
  let client: GraphQLClient;

  beforeAll(async () => {
    testApp = await startTestApp({ NODE_ENV: 'production', LOG_LEVEL: 'error' });
    team = await createTeam(testApp.dataSource, 'errors');
    client = await testApp.client().signIn(team.coordinator.email, TEST_PASSWORD);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should answer an internal error with its code only: no message, stack trace or exception details', async () => {
    // The masked error is logged on purpose; keep the test output quiet.
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    // Break the schema under the running app, so reading a user fails inside the driver.
    await testApp.dataSource.query(`ALTER TABLE app_user RENAME COLUMN time_zone TO time_zone_gone`);
    try {
      const result = await client.request(`{ me { user { email timeZone } } }`);

      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0]?.message).toBe('Internal server error');
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(JSON.stringify(result)).not.toMatch(INTERNALS);
      expect(logged).toHaveBeenCalled();
    } finally {
      await testApp.dataSource.query(`ALTER TABLE app_user RENAME COLUMN time_zone_gone TO time_zone`);
      logged.mockRestore();
    }
  });

  it('should answer a domain error with its code and field only', async () => {
    const result = await client.request(`mutation S($input: SwitchTeamInput!) { switchTeam(input: $input) { role } }`, {
      input: { teamId: '00000000-0000-4000-8000-000000000000' },
    });

    expect(result.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', field: 'teamId' });
    expect(JSON.stringify(result)).not.toMatch(INTERNALS);
  });

  it('should answer a malformed request body without a stack trace', async () => {
    const response = await fetch(`${testApp.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    const text = await response.text();

    expect(response.status).toBe(400);
    expect(text).not.toMatch(INTERNALS);
  });
});
