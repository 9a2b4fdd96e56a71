import { type GraphQLField, isScalarType } from 'graphql';

import { createTeam, type SeededTeam, TEST_PASSWORD } from '@api-test/support/fixtures';
import type { GraphQLClient } from '@api-test/support/graphql-client';
import { subscribe } from '@api-test/support/subscription-client';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

import { changedTables, databaseFingerprint } from './database-state';
import { builtSchema, leafInputs, mutationDocument, postGraphQL, withValueAt } from './mutation-inputs';
import { OPERATION_BASELINES } from './operation-baselines';

// Issue #20, point 2: an id that is not a UUID is bad input like any other, naming the argument,
// wherever it sits (a top-level argument, an input field, a list of ids), in every operation.

type Kind = 'query' | 'mutation' | 'subscription';
type RootField = { kind: Kind; field: GraphQLField<unknown, unknown> };
type Answer = { code: unknown; field: unknown; message: string };

const NOT_UUIDS = [
  { name: 'a word', value: 'not-a-uuid' },
  { name: 'a UUID with a NUL byte', value: '6f1c2b8e-3d4a-4c5b-9e6f-7a8b9c0d1e2\u0000' },
  { name: 'an empty string', value: '' },
];

const isId = (type: Parameters<Parameters<typeof leafInputs>[1]>[0]) => isScalarType(type) && type.name === 'ID';
// IDs that are not UUIDs by design: a competency's key inside the rubric version it belongs to.
const KEY_IDS = ['CompetencyRatingInput.competencyId'];
const uuidInputs = (field: GraphQLField<unknown, unknown>) =>
  leafInputs(field, isId).filter((input) => !KEY_IDS.includes(`${input.parentType}.${input.field}`));

describe('id arguments (issue #20)', () => {
  let testApp: TestApp;
  let teamA: SeededTeam;
  let teamB: SeededTeam;
  let coordinator: GraphQLClient;
  let operations: RootField[];

  beforeAll(async () => {
    testApp = await startTestApp();
    teamA = await createTeam(testApp.dataSource, 'ids-a');
    teamB = await createTeam(testApp.dataSource, 'ids-b');
    coordinator = await testApp.client().signIn(teamA.coordinator.email, TEST_PASSWORD);
    const schema = builtSchema(testApp.app);
    operations = (
      [
        ['query', schema.getQueryType()],
        ['mutation', schema.getMutationType()],
        ['subscription', schema.getSubscriptionType()],
      ] as const
    ).flatMap(([kind, root]) => Object.values(root?.getFields() ?? {}).map((field) => ({ kind, field })));
  });

  afterAll(async () => {
    await testApp.close();
  });

  async function call(operation: RootField, variables: Record<string, unknown>, as: 'coordinator' | 'anonymous'): Promise<Answer> {
    const document = mutationDocument(operation.field, operation.kind);
    const caller = as === 'anonymous' ? null : coordinator;
    if (operation.kind === 'subscription') {
      const subscription = subscribe(testApp.baseUrl, caller, document, variables);
      try {
        await subscription.next(1);

        return { code: 'NO_ERROR', field: undefined, message: '' };
      } catch (errors) {
        const [error] = errors as { message: string; extensions?: Record<string, unknown> }[];

        return { code: error?.extensions?.['code'], field: error?.extensions?.['field'], message: error?.message ?? '' };
      } finally {
        await subscription.close();
      }
    }
    const { status, body } = await postGraphQL(testApp.baseUrl, caller?.cookieHeader, document, variables);
    const [error] = body.errors ?? [];

    return { code: status >= 500 ? `HTTP ${status}` : error?.extensions?.['code'], field: error?.extensions?.['field'], message: error?.message ?? '' };
  }

  it('should hold valid arguments for every operation taking an id, and treat every ID but the listed keys as a UUID', () => {
    const keys = operations.flatMap(({ field }) => leafInputs(field, isId)).filter((input) => KEY_IDS.includes(`${input.parentType}.${input.field}`));

    expect([...new Set(keys.map((input) => `${input.parentType}.${input.field}`))]).toEqual(KEY_IDS);
    const missing = operations.filter(({ field }) => uuidInputs(field).length && !OPERATION_BASELINES[field.name]).map(({ field }) => field.name);

    expect(missing).toEqual([]);
  });

  it.each(NOT_UUIDS)('should answer $name as an id with BAD_USER_INPUT naming it, in every operation, storing nothing', async ({ value }) => {
    const wrong: string[] = [];
    let probed = 0;
    const before = await databaseFingerprint(testApp.dataSource);
    for (const operation of operations) {
      const baseline = OPERATION_BASELINES[operation.field.name];
      for (const input of baseline ? uuidInputs(operation.field) : []) {
        probed += 1;
        const answer = await call(operation, withValueAt(baseline.variables, input.path, input.isList ? [value] : value), baseline.as);
        // An input field is named within its argument (`sessionId`), or from the arguments (`filter.actorId`).
        const names = [input.path.join('.'), input.path.slice(1).join('.')].filter(Boolean);
        if (answer.code !== 'BAD_USER_INPUT' || !names.includes(String(answer.field))) {
          wrong.push(`${operation.field.name}: ${input.path.join('.')} → ${String(answer.code)} field=${String(answer.field)} "${answer.message.slice(0, 80)}"`);
        }
      }
    }

    expect(probed).toBeGreaterThan(50);
    expect(wrong).toEqual([]);
    expect(changedTables(before, await databaseFingerprint(testApp.dataSource))).toEqual([]);
  });

  // Ids that are UUIDs but belong to another team: the error names the list holding them.
  it.each([
    { list: 'interviewerIds', input: () => ({ interviewerIds: [teamB.interviewer.userId], poolIds: [teamA.interviewer.userId], poolCount: 1 }) },
    { list: 'poolIds', input: () => ({ interviewerIds: [teamA.interviewer.userId], poolIds: [teamB.interviewer.userId], poolCount: 1 }) },
    { list: 'poolIds', input: () => ({ poolIds: [teamA.interviewer.userId, teamB.coordinator.userId], poolCount: 1 }) },
  ])('should answer findSlots with another team\u2019s member in $list with NOT_FOUND naming $list', async ({ list, input }) => {
    const from = new Date(Date.now() + 86_400_000).toISOString();
    const to = new Date(Date.now() + 8 * 86_400_000).toISOString();
    const result = await coordinator.request(`query F($input: FindSlotsInput!) { findSlots(input: $input) { start } }`, {
      input: { ...input(), from, to, durationMinutes: 60 },
    });

    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: list });
  });
});
