import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { printAppSchema } from '@api/app/graphql/print-schema';

import { startTestApp, type TestApp } from '@api-test/support/test-app';

describe('committed GraphQL schema', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should equal the schema the resolvers build (run `npx nx run api:schema` when this fails)', () => {
    const committed = readFileSync(join(process.cwd(), 'apps/api/schema.gql'), 'utf8');

    expect(printAppSchema(testApp.app)).toEqual(committed);
  });
});
