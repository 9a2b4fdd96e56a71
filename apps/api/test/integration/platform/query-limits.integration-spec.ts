import { QUERY_LIMITS } from '@api/app/graphql/graphql-options';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

async function post(testApp: TestApp, body: unknown): Promise<{ status: number; json: any }> {
  const response = await fetch(`${testApp.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();

  return { status: response.status, json: text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : text };
}

const firstError = (result: { json: any }) => (result.json.errors?.[0]?.message ?? '') as string;

describe('abuse limits on GraphQL', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ NODE_ENV: 'production' });
  });

  afterAll(async () => {
    await testApp.close();
  });

  it(`should refuse queries deeper than ${QUERY_LIMITS.maxDepth} before running them`, async () => {
    const nested = (depth: number): string => (depth === 0 ? 'label' : `label children { ${nested(depth - 1)} }`);
    const query = `{ question(id: "00000000-0000-0000-0000-000000000000") { answer { fields { ${nested(QUERY_LIMITS.maxDepth)} } } } }`;
    const result = await post(testApp, { query });

    expect(firstError(result)).toMatch(/depth limit of 16/i);
  });

  it('should measure depth by nested fields, so fragments neither add to it nor hide it', async () => {
    const chain = (levels: number): string => (levels === 0 ? 'label' : `label children { ${chain(levels - 1)} }`);
    // question > answer > fields > children... : 3 levels above the chain.
    const asFragments = (levels: number) =>
      `query Q { question(id: "00000000-0000-0000-0000-000000000000") { ...Q } }
       fragment Q on Question { answer { ...A } }
       fragment A on ModelAnswer { fields { ...F } }
       fragment F on AnswerField { ${chain(levels)} }`;
    const within = await post(testApp, { query: asFragments(QUERY_LIMITS.maxDepth - 4) });
    const beyond = await post(testApp, { query: asFragments(QUERY_LIMITS.maxDepth) });

    const messages = (result: { json: any }) => ((result.json.errors ?? []) as { message: string }[]).map((error) => error.message);

    expect(messages(within).filter((message) => /depth limit/i.test(message))).toEqual([]);
    expect(messages(beyond).some((message) => /depth limit of 16/i.test(message))).toBe(true);
  });

  it(`should refuse more than ${QUERY_LIMITS.maxAliases} aliases`, async () => {
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, index) => `a${index}: me { user { id } }`).join(' ');

    expect(firstError(await post(testApp, { query: `{ ${aliases} }` }))).toMatch(/aliases limit of 15/i);
  });

  it(`should refuse documents over ${QUERY_LIMITS.maxTokens} tokens`, async () => {
    const fields = Array.from({ length: QUERY_LIMITS.maxTokens }, () => '__typename').join(' ');

    expect(firstError(await post(testApp, { query: `{ ${fields} }` }))).toMatch(/token limit of 4000/i);
  });

  it(`should refuse queries costing more than ${QUERY_LIMITS.maxCost}`, async () => {
    const wide = Array.from({ length: 40 }, () => 'prompt context kind number revision').join(' ');
    const node = `node { ${wide} answer { fields { label text items children { label text items children { label text items } } } } }`;
    const query = `{ ${Array.from({ length: 12 }, (_, index) => `q${index}: questions(first: 100) { edges { ${node} } }`).join(' ')} }`;

    expect(firstError(await post(testApp, { query }))).toMatch(/cost limit of 30000/i);
  });

  it('should refuse batched requests, introspection and field suggestions in production', async () => {
    const batch = await post(testApp, [{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(batch.status).toBe(400);

    expect(firstError(await post(testApp, { query: '{ __schema { types { name } } }' }))).toMatch(/introspection/i);
    expect(firstError(await post(testApp, { query: '{ questoins { totalCount } }' }))).not.toMatch(/did you mean/i);
  });

  it('should refuse bodies over the size limit', async () => {
    const result = await post(testApp, { query: '{ __typename }', variables: { padding: 'x'.repeat(26 * 1024 * 1024) } });

    expect(result.status).toBe(413);
  });
});
