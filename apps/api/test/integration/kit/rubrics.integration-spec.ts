import { seedDefaultRubrics } from '@api/modules/rubric/default-rubrics';
import { createTeam, type SeededTeam, TEST_PASSWORD } from '@api-test/support/fixtures';
import type { GraphQLClient } from '@api-test/support/graphql-client';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

const RUBRIC_FIELDS = `id name version versionId defaultForKind scale { level label } competencies { id name description anchors { level text } }`;
const CREATE = `mutation Create($input: CreateRubricInput!) { createRubric(input: $input) { ${RUBRIC_FIELDS} } }`;
const UPDATE = `mutation Update($input: UpdateRubricInput!) { updateRubric(input: $input) { ${RUBRIC_FIELDS} } }`;

const competency = (name: string) => ({
  name,
  description: `${name} in practice`,
  anchors: [
    { level: 1, text: 'Absent' },
    { level: 4, text: 'Outstanding' },
  ],
});

describe('rubrics', () => {
  let testApp: TestApp;
  let alpha: SeededTeam;
  let beta: SeededTeam;
  let coordinator: GraphQLClient;

  beforeAll(async () => {
    testApp = await startTestApp();
    alpha = await createTeam(testApp.dataSource, 'alpha');
    beta = await createTeam(testApp.dataSource, 'beta');
    await testApp.dataSource.transaction((manager) => seedDefaultRubrics(manager, alpha.teamId));
    coordinator = await testApp.client().signIn(alpha.coordinator.email, TEST_PASSWORD);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should seed a default rubric per question kind on the 4-level scale', async () => {
    const { rubrics } = await coordinator.data(`{ rubrics { name defaultForKind scale { level label } competencies { anchors { level } } } }`);

    expect(rubrics.map((rubric: { defaultForKind: string }) => rubric.defaultForKind).sort()).toEqual([
      'behavioral',
      'problem-solving',
      'situational',
      'technical',
    ]);
    expect(rubrics[0].scale.map((step: { label: string }) => step.label)).toEqual(['Strong no', 'No', 'Yes', 'Strong yes']);
    expect(rubrics[0].competencies[0].anchors.map((anchor: { level: number }) => anchor.level)).toEqual([1, 2, 3, 4]);
  });

  it('should create a rubric with the default scale and ids for its competencies', async () => {
    const { createRubric } = await coordinator.data(CREATE, {
      input: { name: 'Design review', competencies: [competency('Clarity'), competency('Rigour')] },
    });

    expect(createRubric).toMatchObject({ name: 'Design review', version: 1 });
    expect(createRubric.scale).toHaveLength(4);
    expect(createRubric.competencies.map((c: { id: string }) => c.id)).toEqual([expect.any(String), expect.any(String)]);
  });

  it('should keep each edit as a new version, with competency ids carried over', async () => {
    const { createRubric } = await coordinator.data(CREATE, { input: { name: 'Versioned', competencies: [competency('Depth')] } });
    const kept = createRubric.competencies[0];
    const { updateRubric } = await coordinator.data(UPDATE, {
      input: {
        id: createRubric.id,
        expectedVersion: 1,
        name: 'Versioned',
        competencies: [{ ...competency('Depth'), id: kept.id, description: 'Sharper wording' }, competency('Breadth')],
      },
    });
    const versions = await testApp.dataSource.query('SELECT version, competencies FROM rubric_version WHERE rubric_id = $1 ORDER BY version', [
      createRubric.id,
    ]);

    expect(updateRubric.version).toBe(2);
    expect(updateRubric.versionId).not.toBe(createRubric.versionId);
    expect(updateRubric.competencies[0]).toMatchObject({ id: kept.id, description: 'Sharper wording' });
    expect(versions).toHaveLength(2);
    expect(versions[0].competencies[0].description).toBe('Depth in practice');
  });

  it('should answer CONFLICT for an edit based on a stale version, and keep the newer one', async () => {
    const { createRubric } = await coordinator.data(CREATE, { input: { name: 'Contended', competencies: [competency('A')] } });
    await coordinator.data(UPDATE, { input: { id: createRubric.id, expectedVersion: 1, name: 'Contended', competencies: [competency('B')] } });
    const stale = await coordinator.request(UPDATE, {
      input: { id: createRubric.id, expectedVersion: 1, name: 'Contended', competencies: [competency('C')] },
    });

    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const { rubric } = await coordinator.data(`query R($id: ID!) { rubric(id: $id) { version competencies { name } } }`, { id: createRubric.id });
    expect(rubric).toEqual({ version: 2, competencies: [{ name: 'B' }] });
  });

  it.each([
    ['no competencies', { competencies: [] }, 'competencies'],
    ['a duplicated competency', { competencies: [competency('Same'), competency('same')] }, 'competencies.1.name'],
    ['an anchor off the scale', { competencies: [{ ...competency('X'), anchors: [{ level: 7, text: 'Too high' }] }] }, 'competencies.0.anchors'],
    ['repeated scale levels', { scale: [{ level: 1, label: 'a' }, { level: 1, label: 'b' }], competencies: [competency('X')] }, 'scale'],
    ['an empty name', { name: '', competencies: [competency('X')] }, 'name'],
  ])('should answer BAD_USER_INPUT for %s', async (_case, overrides, field) => {
    const result = await coordinator.request(CREATE, { input: { name: `Bad ${field}`, ...overrides } });

    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('should answer CONFLICT for a duplicate name', async () => {
    await coordinator.data(CREATE, { input: { name: 'Unique', competencies: [competency('X')] } });

    await expect(coordinator.errorCode(CREATE, { input: { name: 'Unique', competencies: [competency('X')] } })).resolves.toBe('CONFLICT');
  });

  it('should keep rubrics inside their team and edits to coordinators', async () => {
    const { createRubric } = await coordinator.data(CREATE, { input: { name: 'Private', competencies: [competency('X')] } });
    const other = await testApp.client().signIn(beta.coordinator.email, TEST_PASSWORD);
    const interviewer = await testApp.client().signIn(alpha.interviewer.email, TEST_PASSWORD);

    await expect(other.errorCode(`query R($id: ID!) { rubric(id: $id) { id } }`, { id: createRubric.id })).resolves.toBe('NOT_FOUND');
    await expect(
      other.errorCode(UPDATE, { input: { id: createRubric.id, expectedVersion: 1, name: 'Stolen', competencies: [competency('X')] } }),
    ).resolves.toBe('NOT_FOUND');
    await expect(interviewer.errorCode(CREATE, { input: { name: 'Nope', competencies: [competency('X')] } })).resolves.toBe('FORBIDDEN');
    const { rubric } = await coordinator.data(`query R($id: ID!) { rubric(id: $id) { name version } }`, { id: createRubric.id });
    expect(rubric).toEqual({ name: 'Private', version: 1 });
  });
});
