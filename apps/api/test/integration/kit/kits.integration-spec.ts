import { seedDefaultRubrics } from '@api/modules/rubric/default-rubrics';
import { createTeam, type SeededTeam, TEST_PASSWORD } from '@api-test/support/fixtures';
import type { GraphQLClient } from '@api-test/support/graphql-client';
import { sampleGuide } from '@api-test/support/guides';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

const KIT_FIELDS = `id name targetRole version totalMinutes rubric { id name } instructions items { position plannedMinutes question { id prompt } }`;
const CREATE = `mutation Create($input: CreateKitInput!) { createKit(input: $input) { ${KIT_FIELDS} } }`;
const UPDATE = `mutation Update($input: UpdateKitInput!) { updateKit(input: $input) { ${KIT_FIELDS} } }`;

describe('interview kits', () => {
  let testApp: TestApp;
  let alpha: SeededTeam;
  let beta: SeededTeam;
  let coordinator: GraphQLClient;
  let rubricId: string;
  let questionIds: string[];
  let otherTeamQuestionId: string;

  async function importInto(client: GraphQLClient): Promise<string[]> {
    await client.data(`mutation I($input: ImportGuidesInput!) { importGuides(input: $input) { dryRun } }`, {
      input: { files: [sampleGuide('deep-learning-engineer.md')], dryRun: false },
    });
    const { questions } = await client.data(`{ questions(first: 10) { edges { node { id } } } }`);

    return questions.edges.map((edge: { node: { id: string } }) => edge.node.id);
  }

  const kitInput = (overrides: Record<string, unknown> = {}) => ({
    name: 'ML loop',
    targetRole: 'Deep Learning Engineer',
    rubricId,
    instructions: 'Start with the technical questions.',
    items: [
      { questionId: questionIds[0], plannedMinutes: 10 },
      { questionId: questionIds[2], plannedMinutes: 15 },
    ],
    ...overrides,
  });

  beforeAll(async () => {
    testApp = await startTestApp();
    alpha = await createTeam(testApp.dataSource, 'alpha');
    beta = await createTeam(testApp.dataSource, 'beta');
    await testApp.dataSource.transaction((manager) => seedDefaultRubrics(manager, alpha.teamId));
    coordinator = await testApp.client().signIn(alpha.coordinator.email, TEST_PASSWORD);
    questionIds = await importInto(coordinator);
    otherTeamQuestionId = (await importInto(await testApp.client().signIn(beta.coordinator.email, TEST_PASSWORD)))[0] ?? '';
    const { rubrics } = await coordinator.data(`{ rubrics { id defaultForKind } }`);
    rubricId = rubrics.find((rubric: { defaultForKind: string }) => rubric.defaultForKind === 'technical').id;
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should create a kit with ordered questions and the total of planned minutes', async () => {
    const { createKit } = await coordinator.data(CREATE, { input: kitInput() });

    expect(createKit).toMatchObject({ version: 1, totalMinutes: 25, rubric: { id: rubricId } });
    expect(createKit.items.map((item: { question: { id: string } }) => item.question.id)).toEqual([questionIds[0], questionIds[2]]);
  });

  it('should save a reorder and bump the version', async () => {
    const { createKit } = await coordinator.data(CREATE, { input: kitInput({ name: 'Reorder me' }) });
    const { updateKit } = await coordinator.data(UPDATE, {
      input: {
        ...kitInput({ name: 'Reorder me' }),
        id: createKit.id,
        expectedVersion: 1,
        items: [
          { questionId: questionIds[2], plannedMinutes: 5 },
          { questionId: questionIds[0], plannedMinutes: 10 },
          { questionId: questionIds[4], plannedMinutes: 20 },
        ],
      },
    });

    expect(updateKit.version).toBe(2);
    expect(updateKit.totalMinutes).toBe(35);
    expect(updateKit.items.map((item: { question: { id: string } }) => item.question.id)).toEqual([questionIds[2], questionIds[0], questionIds[4]]);
  });

  it('should answer CONFLICT with the current version when two editors save the same version', async () => {
    const { createKit } = await coordinator.data(CREATE, { input: kitInput({ name: 'Contended kit' }) });
    const secondEditor = await testApp.client().signIn(alpha.coordinator.email, TEST_PASSWORD);
    const first = coordinator.request(UPDATE, { input: { ...kitInput({ name: 'Editor one' }), id: createKit.id, expectedVersion: 1 } });
    const second = secondEditor.request(UPDATE, { input: { ...kitInput({ name: 'Editor two' }), id: createKit.id, expectedVersion: 1 } });
    const results = await Promise.all([first, second]);
    const codes = results.map((result) => result.errors?.[0]?.extensions?.code ?? 'OK').sort();

    expect(codes).toEqual(['CONFLICT', 'OK']);
    const winner = results.find((result) => !result.errors)?.data as { updateKit: { name: string } };
    const { kit } = await coordinator.data(`query K($id: ID!) { kit(id: $id) { name version } }`, { id: createKit.id });
    expect(kit).toEqual({ name: winner.updateKit.name, version: 2 });
    const loser = results.find((result) => result.errors);
    expect(loser?.errors?.[0]?.extensions).toMatchObject({ currentVersion: 2 });
  });

  it.each([
    ['a question of another team', () => ({ items: [{ questionId: otherTeamQuestionId, plannedMinutes: 5 }] }), 'NOT_FOUND', 'items.0.questionId'],
    ['a repeated question', () => ({ items: [{ questionId: questionIds[0], plannedMinutes: 5 }, { questionId: questionIds[0], plannedMinutes: 5 }] }), 'BAD_USER_INPUT', 'items.1.questionId'],
    ['zero planned minutes', () => ({ items: [{ questionId: questionIds[0], plannedMinutes: 0 }] }), 'BAD_USER_INPUT', undefined],
    ['an unknown rubric', () => ({ rubricId: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND', 'rubricId'],
  ])('should refuse %s with a typed error naming the field', async (_case, overrides, code, field) => {
    const result = await coordinator.request(CREATE, { input: kitInput(overrides()) });

    expect(result.errors?.[0]?.extensions?.code).toBe(code);
    if (field) {
      expect(result.errors?.[0]?.extensions?.field).toBe(field);
    }
  });

  it('should let interviewers read kits but not change them, and hide them from other teams', async () => {
    const { createKit } = await coordinator.data(CREATE, { input: kitInput({ name: 'Visible' }) });
    const interviewer = await testApp.client().signIn(alpha.interviewer.email, TEST_PASSWORD);
    const other = await testApp.client().signIn(beta.coordinator.email, TEST_PASSWORD);

    await expect(interviewer.data(`query K($id: ID!) { kit(id: $id) { name } }`, { id: createKit.id })).resolves.toEqual({ kit: { name: 'Visible' } });
    await expect(interviewer.errorCode(CREATE, { input: kitInput() })).resolves.toBe('FORBIDDEN');
    await expect(other.errorCode(`query K($id: ID!) { kit(id: $id) { name } }`, { id: createKit.id })).resolves.toBe('NOT_FOUND');
    await expect(other.errorCode(UPDATE, { input: { ...kitInput(), id: createKit.id, expectedVersion: 1 } })).resolves.toBe('NOT_FOUND');
  });
});
