import { createTeam, type SeededTeam, TEST_PASSWORD } from '@api-test/support/fixtures';
import type { GraphQLClient } from '@api-test/support/graphql-client';
import { importFootprint, sampleGuide } from '@api-test/support/guides';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

const IMPORT = `mutation Import($input: ImportGuidesInput!) {
  importGuides(input: $input) {
    dryRun
    guides {
      fileName guideId slug title status unchanged
      created { number prompt kind } revised { number prompt } retired { number prompt }
      warnings { line message } error { code line message }
    }
  }
}`;

const QUESTIONS_OF_GUIDE = `query Q($guideId: ID!, $includeRetired: Boolean!) {
  questions(guideId: $guideId, includeRetired: $includeRetired, first: 100) {
    totalCount edges { node { id number prompt revision revisionId retired kind kindKey
      answer { fields { label } parts { title fields { label } } } followUps { text } } }
  }
}`;

type ImportResult = {
  guideId: string;
  status: string;
  unchanged: number;
  created: unknown[];
  revised: { number: number; prompt: string }[];
  retired: { number: number; prompt: string }[];
  error: { code: string; line: number | null; message: string } | null;
};

describe('guide import', () => {
  let testApp: TestApp;
  let alpha: SeededTeam;
  let beta: SeededTeam;
  let coordinator: GraphQLClient;
  const deepLearning = sampleGuide('deep-learning-engineer.md');

  async function importFiles(files: { fileName: string; text: string }[], dryRun = false): Promise<ImportResult[]> {
    const { importGuides } = await coordinator.data(IMPORT, { input: { files, dryRun } });

    return importGuides.guides as ImportResult[];
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    alpha = await createTeam(testApp.dataSource, 'alpha');
    beta = await createTeam(testApp.dataSource, 'beta');
    coordinator = await testApp.client().signIn(alpha.coordinator.email, TEST_PASSWORD);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should report a dry run without storing anything', async () => {
    const before = await importFootprint(testApp.dataSource);
    const [result] = await importFiles([deepLearning], true);

    expect(result).toMatchObject({ status: 'CREATED', error: null, guideId: null });
    expect(result?.created).toHaveLength(8);
    await expect(importFootprint(testApp.dataSource)).resolves.toEqual(before);
  });

  it('should create the guide with its 8 questions in 4 kinds', async () => {
    const [result] = await importFiles([deepLearning]);
    const { questions } = await coordinator.data(QUESTIONS_OF_GUIDE, { guideId: result?.guideId, includeRetired: false });
    const nodes = questions.edges.map((edge: { node: unknown }) => edge.node);

    expect(result).toMatchObject({ status: 'CREATED', unchanged: 0 });
    expect(questions.totalCount).toBe(8);
    expect(new Set(nodes.map((node: { kindKey: string }) => node.kindKey))).toEqual(
      new Set(['technical', 'behavioral', 'situational', 'problem-solving']),
    );
    expect(nodes[0].answer.parts.map((part: { title: string }) => part.title)).toEqual([
      'Batch Normalization',
      'Layer Normalization',
    ]);
    expect(nodes.every((node: { revision: number }) => node.revision === 1)).toBe(true);
  });

  it('should change nothing when the same file is imported again', async () => {
    const before = await importFootprint(testApp.dataSource);
    const [result] = await importFiles([deepLearning]);

    expect(result).toMatchObject({ status: 'UNCHANGED', unchanged: 8, created: [], revised: [], retired: [] });
    await expect(importFootprint(testApp.dataSource)).resolves.toEqual(before);
  });

  it('should treat CRLF line endings and a BOM as the same content', async () => {
    const [result] = await importFiles([
      { fileName: deepLearning.fileName, text: `\uFEFF${deepLearning.text.replace(/\n/g, '\r\n')}` },
    ]);

    expect(result?.status).toBe('UNCHANGED');
  });

  it('should revise only the changed question, add the new one and retire the removed one', async () => {
    const [first] = await importFiles([deepLearning]);
    const { questions: before } = await coordinator.data(QUESTIONS_OF_GUIDE, { guideId: first?.guideId, includeRetired: false });
    const q2Before = before.edges[1].node;
    const changed = deepLearning.text
      .replace('Calculate gradients of the loss', 'Calculate the gradients of the loss')
      .replace(/##### Question 8:[\s\S]*$/, '##### Question 8: How would you debug exploding gradients in a deep network?\n\n- **Answer:**\n  - **Approach:** Check the gradient norms per layer.\n');
    expect(changed).not.toEqual(deepLearning.text);
    const [result] = await importFiles([{ fileName: deepLearning.fileName, text: changed }]);
    const { questions: after } = await coordinator.data(QUESTIONS_OF_GUIDE, { guideId: first?.guideId, includeRetired: true });
    const q2After = after.edges.find((edge: { node: { id: string } }) => edge.node.id === q2Before.id).node;

    expect(result?.status).toBe('UPDATED');
    expect(result?.revised.map((question) => question.number)).toEqual([2]);
    expect(result?.created).toHaveLength(1);
    expect(result?.retired.map((question) => question.number)).toEqual([8]);
    expect(result?.unchanged).toBe(6);
    expect(q2After).toMatchObject({ revision: 2, retired: false });
    expect(q2After.revisionId).not.toBe(q2Before.revisionId);
    expect(after.edges.filter((edge: { node: { retired: boolean } }) => edge.node.retired)).toHaveLength(1);
    const oldRevision = await testApp.dataSource.query('SELECT prompt FROM question_revision WHERE id = $1', [
      q2Before.revisionId,
    ]);
    expect(oldRevision).toHaveLength(1);
  });

  it('should bring a retired question back as a new revision when it returns', async () => {
    const [result] = await importFiles([deepLearning]);

    expect(result?.status).toBe('UPDATED');
    expect(result?.revised.map((question) => question.number).sort()).toEqual([2, 8]);
    expect(result?.retired.map((question) => question.prompt)).toEqual([
      'How would you debug exploding gradients in a deep network?',
    ]);
    const { questions } = await coordinator.data(`{ questions(search: "debug exploding gradients", first: 50) { edges { node { prompt } } } }`);
    expect(questions.edges.map((edge: { node: { prompt: string } }) => edge.node.prompt)).not.toContain(
      'How would you debug exploding gradients in a deep network?',
    );
  });

  it.each([
    ['invalid YAML', '---\nterm: [unclosed\n---\n\n##### Question 1: Why?\n', 'INVALID_FRONTMATTER'],
    ['no questions', '---\nterm: Empty\n---\n\n# Just a title\n\nSome prose.\n', 'NO_QUESTIONS'],
    ['binary content', '\u0000\u0001\u0002PK\u0003\u0004', 'NOT_MARKDOWN'],
  ])('should fail a guide with %s, naming the problem, and store nothing', async (_case, text, code) => {
    const before = await importFootprint(testApp.dataSource);
    const [result] = await importFiles([{ fileName: 'broken.md', text }]);

    expect(result).toMatchObject({ status: 'FAILED', guideId: null, error: { code } });
    expect(result?.error?.message.length).toBeGreaterThan(5);
    await expect(importFootprint(testApp.dataSource)).resolves.toEqual(before);
  });

  it('should import the good guides of a batch even when one fails', async () => {
    const results = await importFiles([
      { fileName: 'broken.md', text: '---\nterm: [\n---\n' },
      sampleGuide('frontend-engineer.md'),
    ]);

    expect(results.map((result) => result.status)).toEqual(['FAILED', 'CREATED']);
  });

  it('should reject an oversized batch item with BAD_USER_INPUT', async () => {
    await expect(
      coordinator.errorCode(IMPORT, { input: { files: [{ fileName: 'huge.md', text: 'x'.repeat(2_100_000) }], dryRun: false } }),
    ).resolves.toBe('BAD_USER_INPUT');
  });

  it('should refuse imports by interviewers with FORBIDDEN', async () => {
    const interviewer = await testApp.client().signIn(alpha.interviewer.email, TEST_PASSWORD);

    await expect(interviewer.errorCode(IMPORT, { input: { files: [deepLearning], dryRun: false } })).resolves.toBe('FORBIDDEN');
  });

  it('should keep each team\'s bank to itself', async () => {
    const [result] = await importFiles([deepLearning]);
    const other = await testApp.client().signIn(beta.coordinator.email, TEST_PASSWORD);

    await expect(other.errorCode(`query G($id: ID!) { guide(id: $id) { id } }`, { id: result?.guideId })).resolves.toBe(
      'NOT_FOUND',
    );
    const { questions } = await other.data(`{ questions(first: 5) { totalCount } }`);
    expect(questions.totalCount).toBe(0);
    const [own] = (await other.data(IMPORT, { input: { files: [deepLearning], dryRun: false } })).importGuides.guides;
    expect(own.status).toBe('CREATED');
    expect(own.guideId).not.toBe(result?.guideId);
  });

  it('should export a guide to Markdown that imports back unchanged in content', async () => {
    const [result] = await importFiles([sampleGuide('frontend-engineer.md')]);
    const { guideMarkdown } = await coordinator.data(`query M($id: ID!) { guideMarkdown(id: $id) }`, { id: result?.guideId });
    const response = await fetch(`${testApp.baseUrl}/exports/guides/${result?.guideId}.md`, {
      headers: { cookie: coordinator.sessionCookie ?? '' },
    });
    const { importGuides } = await testApp
      .client()
      .signIn(beta.coordinator.email, TEST_PASSWORD)
      .then((other) => other.data(IMPORT, { input: { files: [{ fileName: 'frontend-engineer.md', text: guideMarkdown }], dryRun: true } }));

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/markdown');
    await expect(response.text()).resolves.toBe(guideMarkdown);
    expect(importGuides.guides[0].created.map((q: { prompt: string }) => q.prompt)).toEqual(
      (await coordinator.data(QUESTIONS_OF_GUIDE, { guideId: result?.guideId, includeRetired: false })).questions.edges.map(
        (edge: { node: { prompt: string } }) => edge.node.prompt,
      ),
    );
  });

  it('should refuse the Markdown export to anonymous callers and other teams', async () => {
    const [result] = await importFiles([deepLearning]);
    const anonymous = await fetch(`${testApp.baseUrl}/exports/guides/${result?.guideId}.md`);
    const other = await testApp.client().signIn(beta.interviewer.email, TEST_PASSWORD);
    const crossTeam = await fetch(`${testApp.baseUrl}/exports/guides/${result?.guideId}.md`, {
      headers: { cookie: other.sessionCookie ?? '' },
    });

    expect(anonymous.status).toBe(401);
    expect(crossTeam.status).toBe(404);
  });
});
