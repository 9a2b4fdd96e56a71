import { createTeam, type SeededTeam, TEST_PASSWORD } from '@api-test/support/fixtures';
import type { GraphQLClient } from '@api-test/support/graphql-client';
import { sampleGuide, sampleGuideNames } from '@api-test/support/guides';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

const SEARCH = `query Search($search: String, $kindKey: String, $tag: String, $first: Int!, $after: String) {
  questions(search: $search, kindKey: $kindKey, tag: $tag, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id prompt kindKey guide { slug title } highlight { text isMatch } } }
  }
}`;

type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string; prompt: string; kindKey: string; guide: { slug: string }; highlight: { text: string; isMatch: boolean }[] | null } }[];
};

describe('question bank search', () => {
  let testApp: TestApp;
  let alpha: SeededTeam;
  let interviewer: GraphQLClient;

  async function search(variables: Record<string, unknown>): Promise<Page> {
    return (await interviewer.data(SEARCH, { first: 20, ...variables })).questions as Page;
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    alpha = await createTeam(testApp.dataSource, 'alpha');
    const coordinator = await testApp.client().signIn(alpha.coordinator.email, TEST_PASSWORD);
    await coordinator.data(
      `mutation Import($input: ImportGuidesInput!) { importGuides(input: $input) { dryRun } }`,
      { input: { files: sampleGuideNames().map(sampleGuide), dryRun: false } },
    );
    interviewer = await testApp.client().signIn(alpha.interviewer.email, TEST_PASSWORD);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should rank the question whose prompt matches first and highlight the match', async () => {
    const page = await search({ search: 'layer normalization' });
    const top = page.edges[0]?.node;

    expect(top?.prompt).toBe('Explain the difference between batch normalization and layer normalization.');
    expect(top?.guide.slug).toBe('deep-learning-engineer');
    expect(top?.highlight?.some((segment) => segment.isMatch && /normali[sz]ation/i.test(segment.text))).toBe(true);
  });

  it('should match words of the model answers and follow-ups, stemmed', async () => {
    const page = await search({ search: 'gradients' });

    expect(page.totalCount).toBeGreaterThan(0);
    expect(page.edges.map((edge) => edge.node.prompt)).toContain(
      'Describe the backpropagation algorithm and its role in training neural networks.',
    );
  });

  it('should combine search with a kind filter', async () => {
    const page = await search({ search: 'team', kindKey: 'behavioral' });

    expect(page.totalCount).toBeGreaterThan(0);
    expect(page.edges.every((edge) => edge.node.kindKey === 'behavioral')).toBe(true);
  });

  it('should page through results with cursors, without repeats or gaps', async () => {
    const all = await search({ search: 'project', first: 100 });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Page = await search({ search: 'project', first: 3, after });
      seen.push(...page.edges.map((edge) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);

    expect(all.totalCount).toBeGreaterThan(3);
    expect(seen).toEqual(all.edges.map((edge) => edge.node.id));
  });

  it('should page through the whole bank in guide order when browsing', async () => {
    const first = await search({ first: 5 });
    const second = await search({ first: 5, after: first.pageInfo.endCursor });

    expect(first.totalCount).toBeGreaterThan(40);
    expect(first.edges[0]?.node.highlight).toBeNull();
    expect(new Set([...first.edges, ...second.edges].map((edge) => edge.node.id)).size).toBe(10);
  });

  it('should answer an empty page for words no guide contains', async () => {
    const page = await search({ search: 'xylophonist' });

    expect(page).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('should survive search syntax and odd characters', async () => {
    for (const text of ['"exact phrase" -minus or', "'; DROP TABLE question; --", '&|!():*', '\u0000\u0001']) {
      await expect(search({ search: text })).resolves.toBeDefined();
    }
  });

  it.each([['not-a-cursor'], [Buffer.from('["x","y","z","w"]').toString('base64url')]])(
    'should answer BAD_USER_INPUT for a forged cursor %s',
    async (after) => {
      await expect(interviewer.errorCode(SEARCH, { first: 5, after })).resolves.toBe('BAD_USER_INPUT');
    },
  );

  it('should cap page size at 100', async () => {
    await expect(interviewer.errorCode(SEARCH, { first: 101 })).resolves.toBe('BAD_USER_INPUT');
  });

  it('should list facets with counts', async () => {
    const { questionFacets } = await interviewer.data(`{ questionFacets { kinds { value label count } tags { value count } } }`);

    expect(questionFacets.kinds).toContainEqual(expect.objectContaining({ value: 'technical' }));
    expect(questionFacets.kinds.every((kind: { count: number }) => kind.count > 0)).toBe(true);
  });

  it('should name each kind for people, one name whichever heading a guide used', async () => {
    const coordinator = await testApp.client().signIn(alpha.coordinator.email, TEST_PASSWORD);
    // The sample guides head it "Technical Questions"; this one only "Technical".
    const text = [
      '---',
      'term: "Kinds Check Interview Questions and Answers"',
      '---',
      '',
      '### Interview Questions and Answers',
      '',
      '#### Technical',
      '',
      '#### 1. What does a B-tree index make fast?',
      '',
      '- **Answer:** Range scans and lookups by the leading columns.',
      '',
    ].join('\n');
    await coordinator.data(`mutation Import($input: ImportGuidesInput!) { importGuides(input: $input) { dryRun } }`, {
      input: { files: [{ fileName: 'kinds-check.md', text }], dryRun: false },
    });
    const { questionFacets } = await interviewer.data(`{ questionFacets { kinds { value label } } }`);
    const technical = questionFacets.kinds.filter((kind: { value: string }) => kind.value === 'technical');

    expect(technical).toEqual([{ value: 'technical', label: 'Technical' }]);
    expect(questionFacets.kinds).toContainEqual({ value: 'clinical-judgment', label: 'Clinical judgment' });
    expect(questionFacets.kinds).toContainEqual({ value: 'problem-solving', label: 'Problem-solving' });

    const page = await interviewer.data(`{ questions(first: 100, kindKey: "technical") { edges { node { kind kindName } } } }`);
    const headings = new Set(page.questions.edges.map((edge: { node: { kind: string } }) => edge.node.kind));
    expect(headings).toEqual(new Set(['Technical', 'Technical Questions']));
    expect(new Set(page.questions.edges.map((edge: { node: { kindName: string } }) => edge.node.kindName))).toEqual(new Set(['Technical']));
  });
});
