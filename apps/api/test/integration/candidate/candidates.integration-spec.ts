import { createTeam, type SeededTeam, TEST_PASSWORD } from '@api-test/support/fixtures';
import type { GraphQLClient } from '@api-test/support/graphql-client';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

const FIELDS = `id name email targetRole notes version`;
const CREATE = `mutation C($input: CreateCandidateInput!) { createCandidate(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation U($input: UpdateCandidateInput!) { updateCandidate(input: $input) { ${FIELDS} } }`;
const MERGE = `mutation M($input: MergeCandidatesInput!) { mergeCandidates(input: $input) { ${FIELDS} } }`;
const LIST = `query L($search: String, $first: Int!, $after: String) {
  candidates(search: $search, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } }
}`;

describe('candidates', () => {
  let testApp: TestApp;
  let alpha: SeededTeam;
  let beta: SeededTeam;
  let coordinator: GraphQLClient;

  const create = async (input: Record<string, unknown>, as = coordinator) => (await as.data(CREATE, { input })).createCandidate;

  beforeAll(async () => {
    testApp = await startTestApp();
    alpha = await createTeam(testApp.dataSource, 'alpha');
    beta = await createTeam(testApp.dataSource, 'beta');
    coordinator = await testApp.client().signIn(alpha.coordinator.email, TEST_PASSWORD);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should create a candidate with a lower-cased email', async () => {
    await expect(create({ name: 'Grace Hopper', email: 'Grace@Example.test', targetRole: 'Backend Engineer' })).resolves.toMatchObject({
      email: 'grace@example.test',
      version: 1,
    });
  });

  it('should search by name, email or role and page with cursors', async () => {
    for (const name of ['Search Alpha', 'Search Beta', 'Search Gamma']) {
      await create({ name, email: `${name.split(' ')[1]?.toLowerCase()}@search.test` });
    }
    const first = (await coordinator.data(LIST, { search: 'search', first: 2 })).candidates;
    const second = (await coordinator.data(LIST, { search: 'search', first: 2, after: first.pageInfo.endCursor })).candidates;

    expect(first.totalCount).toBe(3);
    expect([...first.edges, ...second.edges].map((edge: { node: { name: string } }) => edge.node.name)).toEqual([
      'Search Alpha',
      'Search Beta',
      'Search Gamma',
    ]);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('should treat % and _ in a search as plain characters', async () => {
    await create({ name: 'Percent Person' });

    await expect(coordinator.data(LIST, { search: '%', first: 5 })).resolves.toMatchObject({ candidates: { totalCount: 0 } });
  });

  it('should answer CONFLICT for a stale update', async () => {
    const candidate = await create({ name: 'Edited Twice' });
    await coordinator.data(UPDATE, { input: { id: candidate.id, expectedVersion: 1, name: 'First edit', notes: '' } });

    const stale = await coordinator.request(UPDATE, { input: { id: candidate.id, expectedVersion: 1, name: 'Second edit', notes: '' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
  });

  it('should merge duplicates by email into the target, keeping both notes', async () => {
    const target = await create({ name: 'Ada Lovelace', email: 'ada@example.test', notes: 'Strong on maths.' });
    const duplicate = await create({ name: 'Ada L.', email: 'ADA@example.test', notes: 'Prefers mornings.' });
    const { candidateDuplicates } = await coordinator.data(`{ candidateDuplicates { id } }`);

    expect(candidateDuplicates).toContainEqual(expect.arrayContaining([{ id: target.id }, { id: duplicate.id }]));
    const { mergeCandidates } = await coordinator.data(MERGE, { input: { targetId: target.id, sourceIds: [duplicate.id] } });
    expect(mergeCandidates.notes).toBe('Strong on maths.\n\nPrefers mornings.');
    await expect(coordinator.errorCode(`query C($id: ID!) { candidate(id: $id) { id } }`, { id: duplicate.id })).resolves.toBe('NOT_FOUND');
  });

  it('should refuse to merge candidates with different emails and change nothing', async () => {
    const one = await create({ name: 'One', email: 'one@example.test' });
    const two = await create({ name: 'Two', email: 'two@example.test' });

    await expect(coordinator.errorCode(MERGE, { input: { targetId: one.id, sourceIds: [two.id] } })).resolves.toBe('BAD_USER_INPUT');
    await expect(coordinator.data(`query C($id: ID!) { candidate(id: $id) { name } }`, { id: two.id })).resolves.toEqual({
      candidate: { name: 'Two' },
    });
  });

  it('should never merge or reveal another team\'s candidate', async () => {
    const mine = await create({ name: 'Mine', email: 'shared@example.test' });
    const other = await testApp.client().signIn(beta.coordinator.email, TEST_PASSWORD);
    const theirs = await create({ name: 'Theirs', email: 'shared@example.test' }, other);

    await expect(coordinator.errorCode(MERGE, { input: { targetId: mine.id, sourceIds: [theirs.id] } })).resolves.toBe('NOT_FOUND');
    await expect(other.data(`query C($id: ID!) { candidate(id: $id) { name } }`, { id: theirs.id })).resolves.toEqual({
      candidate: { name: 'Theirs' },
    });
    await expect(other.errorCode(`query C($id: ID!) { candidate(id: $id) { name } }`, { id: mine.id })).resolves.toBe('NOT_FOUND');
  });

  it.each([
    ['an invalid email', { name: 'X', email: 'not-an-email' }, 'email'],
    ['an empty name', { name: '' }, 'name'],
    ['a name over 200 characters', { name: 'x'.repeat(201) }, 'name'],
  ])('should refuse %s with BAD_USER_INPUT', async (_case, input, field) => {
    const result = await coordinator.request(CREATE, { input });

    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('should keep candidate writes to coordinators', async () => {
    const interviewer = await testApp.client().signIn(alpha.interviewer.email, TEST_PASSWORD);

    await expect(interviewer.errorCode(CREATE, { input: { name: 'Nope' } })).resolves.toBe('FORBIDDEN');
  });
});
