import { seedDefaultRubrics } from '@api/modules/rubric/default-rubrics';
import { createTeam, type SeededTeam, TEST_PASSWORD } from '@api-test/support/fixtures';
import type { GraphQLClient } from '@api-test/support/graphql-client';
import { sampleGuide, sampleGuideNames } from '@api-test/support/guides';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

const KIT_FIELDS = `id name targetRole version totalMinutes rubric { id name } instructions items { position plannedMinutes question { id prompt } }`;
const CREATE = `mutation Create($input: CreateKitInput!) { createKit(input: $input) { ${KIT_FIELDS} } }`;
const UPDATE = `mutation Update($input: UpdateKitInput!) { updateKit(input: $input) { ${KIT_FIELDS} } }`;
const ADD = `mutation Add($input: AddQuestionToKitInput!) { addQuestionToKit(input: $input) { ${KIT_FIELDS} } }`;

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
      input: { files: sampleGuideNames().map(sampleGuide), dryRun: false },
    });
    const { questions } = await client.data(`{ questions(first: 100) { edges { node { id } } } }`);

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

  describe('adding one question from its page', () => {
    it('should append it after the last question with its minutes and bump the version', async () => {
      const { createKit } = await coordinator.data(CREATE, { input: kitInput({ name: 'Append to me' }) });
      const { addQuestionToKit } = await coordinator.data(ADD, {
        input: { kitId: createKit.id, questionId: questionIds[5], plannedMinutes: 12 },
      });

      expect(addQuestionToKit.version).toBe(2);
      expect(addQuestionToKit.totalMinutes).toBe(37);
      expect(addQuestionToKit.items.map((item: { position: number; question: { id: string } }) => [item.position, item.question.id])).toEqual([
        [0, questionIds[0]],
        [1, questionIds[2]],
        [2, questionIds[5]],
      ]);
      const [event]: { details: { addedQuestionId: string } }[] = await testApp.dataSource.query(
        `SELECT details FROM audit_event WHERE record_id = $1 AND action = 'kit.updated'`,
        [createKit.id],
      );
      expect(event?.details.addedQuestionId).toBe(questionIds[5]);
    });

    it('should make an editor who opened the kit before the addition save against a stale version', async () => {
      const { createKit } = await coordinator.data(CREATE, { input: kitInput({ name: 'Open in an editor' }) });
      await coordinator.data(ADD, { input: { kitId: createKit.id, questionId: questionIds[6], plannedMinutes: 5 } });
      const stale = await coordinator.request(UPDATE, { input: { ...kitInput({ name: 'Open in an editor' }), id: createKit.id, expectedVersion: 1 } });

      expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      const { kit } = await coordinator.data(`query K($id: ID!) { kit(id: $id) { items { question { id } } } }`, { id: createKit.id });
      expect(kit.items.map((item: { question: { id: string } }) => item.question.id)).toContain(questionIds[6]);
    });

    it('should keep both of two concurrent additions', async () => {
      const { createKit } = await coordinator.data(CREATE, { input: kitInput({ name: 'Two at once', items: [] }) });
      const results = await Promise.all(
        [questionIds[3], questionIds[4]].map((questionId) =>
          coordinator.request(ADD, { input: { kitId: createKit.id, questionId, plannedMinutes: 5 } }),
        ),
      );

      expect(results.map((result) => result.errors ?? null)).toEqual([null, null]);
      const { kit } = await coordinator.data(`query K($id: ID!) { kit(id: $id) { version items { position question { id } } } }`, { id: createKit.id });
      expect(kit.version).toBe(3);
      expect(kit.items.map((item: { position: number }) => item.position)).toEqual([0, 1]);
      expect(kit.items.map((item: { question: { id: string } }) => item.question.id).sort()).toEqual([questionIds[3], questionIds[4]].sort());
    });

    it.each([
      ['a question already in the kit', () => ({ questionId: questionIds[0] }), 'BAD_USER_INPUT', 'questionId'],
      ['a question of another team', () => ({ questionId: otherTeamQuestionId }), 'NOT_FOUND', 'questionId'],
      ['an unknown kit', () => ({ kitId: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND', 'kitId'],
      ['zero planned minutes', () => ({ plannedMinutes: 0 }), 'BAD_USER_INPUT', 'plannedMinutes'],
    ])('should refuse %s, naming the field, and leave the kit as it was', async (_case, overrides, code, field) => {
      const { createKit } = await coordinator.data(CREATE, { input: kitInput({ name: `Refuse ${String(_case)}` }) });
      const result = await coordinator.request(ADD, {
        input: { kitId: createKit.id, questionId: questionIds[7], plannedMinutes: 5, ...overrides() },
      });

      expect(result.errors?.[0]?.extensions).toMatchObject({ code, field });
      const { kit } = await coordinator.data(`query K($id: ID!) { kit(id: $id) { version items { question { id } } } }`, { id: createKit.id });
      expect(kit).toEqual({ version: 1, items: [{ question: { id: questionIds[0] } }, { question: { id: questionIds[2] } }] });
    });

    it('should refuse a full kit', async () => {
      const ids = questionIds;
      expect(ids.length).toBeGreaterThan(60);
      const { createKit } = await coordinator.data(CREATE, {
        input: kitInput({ name: 'Full kit', items: ids.slice(0, 60).map((questionId) => ({ questionId, plannedMinutes: 1 })) }),
      });
      const result = await coordinator.request(ADD, { input: { kitId: createKit.id, questionId: ids[60], plannedMinutes: 5 } });

      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kitId' });
    });

    it('should be for coordinators of the kit\u2019s team only', async () => {
      const { createKit } = await coordinator.data(CREATE, { input: kitInput({ name: 'Guarded' }) });
      const interviewer = await testApp.client().signIn(alpha.interviewer.email, TEST_PASSWORD);
      const other = await testApp.client().signIn(beta.coordinator.email, TEST_PASSWORD);
      const input = { kitId: createKit.id, questionId: questionIds[8], plannedMinutes: 5 };

      await expect(interviewer.errorCode(ADD, { input })).resolves.toBe('FORBIDDEN');
      await expect(other.errorCode(ADD, { input })).resolves.toBe('NOT_FOUND');
    });
  });
});
