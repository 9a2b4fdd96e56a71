import { createTeam, TEST_PASSWORD } from '@api-test/support/fixtures';
import type { GraphQLClient } from '@api-test/support/graphql-client';
import { sampleGuide } from '@api-test/support/guides';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

const IMPORT = `mutation Import($input: ImportGuidesInput!) { importGuides(input: $input) { guides { slug status warnings { line message } } } }`;
const GUIDES = `query G($withWarnings: Boolean!) { guides(withWarnings: $withWarnings) { edges { node { slug importWarnings { line message } } } } }`;

type GuideNode = { slug: string; importWarnings: { line: number; message: string }[] };

describe('guide import warnings are kept with the guide', () => {
  let testApp: TestApp;
  let coordinator: GraphQLClient;
  let interviewer: GraphQLClient;
  let otherCoordinator: GraphQLClient;
  const clean = sampleGuide('deep-learning-engineer.md');
  // The same guide under another slug, with a publication date the parser cannot read.
  const flawed = {
    fileName: 'flawed-guide.md',
    text: clean.text.replace('pubDate: 2025-01-19', 'pubDate: "sometime in spring"').replace('---\n', '---\nslug: flawed-guide\n'),
  };

  const nodes = async (client: GraphQLClient, withWarnings: boolean): Promise<GuideNode[]> => {
    const { guides } = await client.data(GUIDES, { withWarnings });

    return guides.edges.map((edge: { node: GuideNode }) => edge.node);
  };

  beforeAll(async () => {
    testApp = await startTestApp();
    const team = await createTeam(testApp.dataSource, 'warnings');
    const other = await createTeam(testApp.dataSource, 'warnings-other');
    coordinator = await testApp.client().signIn(team.coordinator.email, TEST_PASSWORD);
    interviewer = await testApp.client().signIn(team.interviewer.email, TEST_PASSWORD);
    otherCoordinator = await testApp.client().signIn(other.coordinator.email, TEST_PASSWORD);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should store what the parser worked around and list only those guides when asked', async () => {
    const { importGuides } = await coordinator.data(IMPORT, { input: { files: [clean, flawed], dryRun: false } });
    const reported = importGuides.guides.find((guide: { slug: string }) => guide.slug === 'flawed-guide');
    expect(reported.warnings).toEqual([expect.objectContaining({ message: expect.stringContaining('sometime in spring') })]);

    const all = await nodes(coordinator, false);
    expect(all.find((guide) => guide.slug === 'flawed-guide')?.importWarnings).toEqual(reported.warnings);
    expect(all.filter((guide) => guide.slug !== 'flawed-guide').every((guide) => guide.importWarnings.length === 0)).toBe(true);
    expect((await nodes(coordinator, true)).map((guide) => guide.slug)).toEqual(['flawed-guide']);
    expect((await nodes(interviewer, true)).map((guide) => guide.slug)).toEqual(['flawed-guide']);
  });

  it('should clear the warnings when a corrected file is imported', async () => {
    const corrected = { fileName: flawed.fileName, text: flawed.text.replace('pubDate: "sometime in spring"', 'pubDate: 2025-03-01') };
    const { importGuides } = await coordinator.data(IMPORT, { input: { files: [corrected], dryRun: false } });

    expect(importGuides.guides[0].status).toBe('UPDATED');
    expect(await nodes(coordinator, true)).toEqual([]);
  });

  it('should show another team none of them', async () => {
    await coordinator.data(IMPORT, { input: { files: [flawed], dryRun: false } });

    expect((await nodes(coordinator, true)).map((guide) => guide.slug)).toEqual(['flawed-guide']);
    expect(await nodes(otherCoordinator, true)).toEqual([]);
  });
});
