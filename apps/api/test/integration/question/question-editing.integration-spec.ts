import { createTeam, TEST_PASSWORD } from '@api-test/support/fixtures';
import type { GraphQLClient } from '@api-test/support/graphql-client';
import { sampleGuide } from '@api-test/support/guides';
import {
  createPanelFixture,
  type PanelFixture,
} from '@api-test/support/interview-fixture';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

const QUESTION_FIELDS = `id revision revisionId revisionOrigin kind kindKey number prompt context retired
  sourceLines { start end }
  answer { summary fields { label text items ordered children { label } } parts { title } }
  followUps { text response }
  revisions { revision origin authorName prompt createdAt }`;
const QUESTION = `query Q($id: ID!) { question(id: $id) { ${QUESTION_FIELDS} } }`;
const UPDATE = `mutation U($input: UpdateQuestionInput!) { updateQuestion(input: $input) { ${QUESTION_FIELDS} } }`;
const CREATE = `mutation C($input: CreateQuestionInput!) { createQuestion(input: $input) { ${QUESTION_FIELDS} } }`;
const SEARCH = `query S($search: String!) { questions(search: $search, first: 20) { edges { node { id prompt } } } }`;
const IMPORT = `mutation I($input: ImportGuidesInput!) { importGuides(input: $input) { guides { status } } }`;

type Answer = {
  summary: string | null;
  fields: {
    label: string;
    text: string | null;
    items: string[] | null;
    ordered: boolean | null;
    children: unknown[] | null;
  }[];
};

type FieldInput = {
  label: string;
  keepCurrent?: boolean;
  text?: string | null;
  items?: string[] | null;
  ordered?: boolean;
};

/** The form's view of an answer: every editable field as text or items, the rest kept. */
function answerInput(answer: Answer): {
  summary: string | null;
  fields: FieldInput[];
} {
  return {
    summary: answer.summary,
    fields: answer.fields.map((field) =>
      field.children?.length || (field.text === null) === (field.items === null)
        ? { label: field.label, keepCurrent: true }
        : {
            label: field.label,
            text: field.text,
            items: field.items,
            ordered: Boolean(field.ordered),
          },
    ),
  };
}

describe('question editing', () => {
  let testApp: TestApp;
  let panel: PanelFixture;
  let coordinator: GraphQLClient;
  let guideId: string;

  const counts = async () =>
    (
      await testApp.dataSource.query(
        `SELECT (SELECT count(*) FROM question_revision)::int AS revisions, (SELECT count(*) FROM question)::int AS questions,
                (SELECT count(*) FROM audit_event WHERE action LIKE 'question.%')::int AS audits`,
      )
    )[0] as { revisions: number; questions: number; audits: number };

  beforeAll(async () => {
    testApp = await startTestApp();
    panel = await createPanelFixture(testApp, 'qedit');
    coordinator = panel.coordinator;
    const { guides } = await coordinator.data(
      `{ guides(first: 5) { edges { node { id } } } }`,
    );
    guideId = guides.edges[0].node.id;
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should write revision N+1 on edit, show it in the bank and keep the asked revision in the session', async () => {
    const session = await panel.schedule();
    await panel.lead.data(
      `mutation S($input: SessionIdInput!) { startSession(input: $input) { id } }`,
      { input: { sessionId: session.id } },
    );
    await panel.lead.data(
      `mutation A($input: MarkQuestionAskedInput!) { markQuestionAsked(input: $input) { id } }`,
      {
        input: {
          sessionQuestionId: session.sessionQuestionIds[0],
          asked: true,
        },
      },
    );
    const questionId = panel.questionIds[0];
    const { question: before } = await coordinator.data(QUESTION, {
      id: questionId,
    });

    const { updateQuestion } = await coordinator.data(UPDATE, {
      input: {
        questionId,
        expectedRevision: before.revision,
        prompt: 'Contrast batch norm and layer norm for a transformer.',
      },
    });

    expect(updateQuestion).toMatchObject({
      revision: before.revision + 1,
      revisionOrigin: 'EDIT',
      sourceLines: null,
    });
    expect(updateQuestion.prompt).toBe(
      'Contrast batch norm and layer norm for a transformer.',
    );
    // Untouched content, named parts included, carries over.
    expect(updateQuestion.answer).toEqual(before.answer);
    expect(updateQuestion.followUps).toEqual(before.followUps);
    expect(
      updateQuestion.revisions.map((r: { origin: string }) => r.origin),
    ).toEqual(['IMPORT', 'EDIT']);
    expect(updateQuestion.revisions[1].authorName).toBeTruthy();
    const { question: bank } = await coordinator.data(QUESTION, {
      id: questionId,
    });
    expect(bank.prompt).toBe(
      'Contrast batch norm and layer norm for a transformer.',
    );
    const { session: asked } = await coordinator.data(
      `query S($id: ID!) { session(id: $id) { questions { id question { id prompt revision } } } }`,
      {
        id: session.id,
      },
    );
    const entry = asked.questions.find(
      (q: { id: string }) => q.id === session.sessionQuestionIds[0],
    );
    expect(entry.question).toMatchObject({
      id: questionId,
      revision: before.revision,
      prompt: before.prompt,
    });
    const { questions } = await coordinator.data(SEARCH, {
      search: 'transformer',
    });
    expect(
      questions.edges.map((edge: { node: { id: string } }) => edge.node.id),
    ).toContain(questionId);
    const [audit] = await testApp.dataSource.query(
      `SELECT details FROM audit_event WHERE action = 'question.revised' AND record_id = $1`,
      [questionId],
    );
    expect(audit.details).toMatchObject({
      revision: before.revision + 1,
      fromRevision: before.revision,
    });
  });

  it('should answer CONFLICT for a stale expectedRevision and write nothing', async () => {
    const questionId = panel.questionIds[2];
    const { question } = await coordinator.data(QUESTION, { id: questionId });
    await coordinator.data(UPDATE, {
      input: {
        questionId,
        expectedRevision: question.revision,
        context: 'Edited first.',
      },
    });
    const footprint = await counts();

    const result = await coordinator.request(UPDATE, {
      input: {
        questionId,
        expectedRevision: question.revision,
        prompt: 'Lost update?',
      },
    });

    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'expectedRevision',
      currentVersion: question.revision + 1,
    });
    expect(await counts()).toEqual(footprint);
    expect(
      (await coordinator.data(QUESTION, { id: questionId })).question.prompt,
    ).toBe(question.prompt);
  });

  it('should write nothing for an edit that changes nothing', async () => {
    const questionId = panel.questionIds[3];
    const { question } = await coordinator.data(QUESTION, { id: questionId });
    const footprint = await counts();

    const { updateQuestion } = await coordinator.data(UPDATE, {
      input: {
        questionId,
        expectedRevision: question.revision,
        kind: question.kind,
        prompt: `  ${question.prompt} `,
        context: question.context,
        answer: answerInput(question.answer),
        followUps: question.followUps.map(
          (followUp: { text: string }) => followUp.text,
        ),
      },
    });

    expect(updateQuestion.revision).toBe(question.revision);
    expect(updateQuestion.revisionId).toBe(question.revisionId);
    expect(await counts()).toEqual(footprint);
  });

  it('should edit answer fields and follow-ups, keeping fields it is told to keep', async () => {
    const questionId = panel.questionIds[4];
    const { question } = await coordinator.data(QUESTION, { id: questionId });
    const input = answerInput(question.answer);
    input.fields.push({
      label: 'Pitfalls',
      items: ['Overfitting', ' ', 'Leakage'],
      ordered: false,
      text: null,
    });

    const { updateQuestion } = await coordinator.data(UPDATE, {
      input: {
        questionId,
        expectedRevision: question.revision,
        answer: input,
        followUps: ['What would you monitor?'],
      },
    });

    expect(updateQuestion.answer.fields.slice(0, -1)).toEqual(
      question.answer.fields,
    );
    expect(updateQuestion.answer.fields.at(-1)).toMatchObject({
      label: 'Pitfalls',
      items: ['Overfitting', 'Leakage'],
    });
    expect(updateQuestion.answer.parts).toEqual(question.answer.parts);
    expect(updateQuestion.followUps).toEqual([
      { text: 'What would you monitor?', response: null },
    ]);
  });

  it('should add a question at the end of its kind as revision 1, findable by search', async () => {
    const { questions: before } = await coordinator.data(
      `query B($guideId: ID!) { questions(guideId: $guideId, first: 100) { edges { node { id kindKey number } } } }`,
      { guideId },
    );

    const { createQuestion } = await coordinator.data(CREATE, {
      input: {
        guideId,
        kind: 'Technical',
        prompt:
          'How would you quantise a zebrafish-detector model for a phone?',
        answer: {
          summary: null,
          fields: [
            {
              label: 'Approach',
              text: 'Post-training quantisation first.\n\nThen measure.',
            },
          ],
        },
        followUps: ['Which layers suffer most?'],
      },
    });

    expect(createQuestion).toMatchObject({
      revision: 1,
      revisionOrigin: 'EDIT',
      kindKey: 'technical',
      sourceLines: null,
    });
    expect(createQuestion.number).toBe(
      // The guide numbers across kinds (1 to 8): the new one follows its highest number.
      Math.max(
        ...before.edges.map(
          (edge: { node: { number: number } }) => edge.node.number,
        ),
      ) + 1,
    );
    const { questions: after } = await coordinator.data(
      `query B($guideId: ID!) { questions(guideId: $guideId, first: 100) { edges { node { id kindKey } } } }`,
      { guideId },
    );
    const order = after.edges.map(
      (edge: { node: { id: string; kindKey: string } }) => edge.node,
    );
    const at = order.findIndex(
      (node: { id: string }) => node.id === createQuestion.id,
    );
    expect(order[at - 1]?.kindKey).toBe('technical');
    expect(
      order
        .slice(at + 1)
        .every((node: { kindKey: string }) => node.kindKey !== 'technical'),
    ).toBe(true);
    const { questions } = await coordinator.data(SEARCH, {
      search: 'zebrafish',
    });
    expect(
      questions.edges.map((edge: { node: { id: string } }) => edge.node.id),
    ).toEqual([createQuestion.id]);
    const [audit] = await testApp.dataSource.query(
      `SELECT actor_id FROM audit_event WHERE action = 'question.created' AND record_id = $1`,
      [createQuestion.id],
    );
    expect(audit.actor_id).toBe(panel.team.coordinator.userId);
  });

  it('should refuse interviewers, other teams and blank or bad input with typed errors', async () => {
    const questionId = panel.questionIds[5];
    const { question } = await coordinator.data(QUESTION, { id: questionId });
    const edit = {
      questionId,
      expectedRevision: question.revision,
      prompt: 'New words',
    };
    const other = await createTeam(testApp.dataSource, 'qedit-other');
    const outsider = await testApp
      .client()
      .signIn(other.coordinator.email, TEST_PASSWORD);
    const footprint = await counts();

    expect(await panel.lead.errorCode(UPDATE, { input: edit })).toBe(
      'FORBIDDEN',
    );
    expect(
      await panel.lead.errorCode(CREATE, {
        input: {
          guideId,
          kind: 'Technical',
          prompt: 'Mine?',
          answer: { fields: [] },
          followUps: [],
        },
      }),
    ).toBe('FORBIDDEN');
    expect(await outsider.errorCode(UPDATE, { input: edit })).toBe('NOT_FOUND');
    expect(
      await outsider.errorCode(CREATE, {
        input: {
          guideId,
          kind: 'Technical',
          prompt: 'Theirs?',
          answer: { fields: [] },
          followUps: [],
        },
      }),
    ).toBe('NOT_FOUND');
    const blank = await coordinator.request(UPDATE, {
      input: { ...edit, prompt: ' \n ' },
    });
    expect(blank.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'prompt',
    });
    const blankFollowUp = await coordinator.request(UPDATE, {
      input: { ...edit, followUps: ['Fine', '  '] },
    });
    expect(blankFollowUp.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(blankFollowUp.errors?.[0]?.extensions?.field).toMatch(/^followUps/);
    const emptyField = await coordinator.request(UPDATE, {
      input: { ...edit, answer: { fields: [{ label: 'Outcome', text: ' ' }] } },
    });
    expect(emptyField.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'answer.fields.0.text',
    });
    const noKind = await coordinator.request(CREATE, {
      input: {
        guideId,
        kind: ' ',
        prompt: 'Kindless?',
        answer: { fields: [] },
        followUps: [],
      },
    });
    expect(noKind.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'kind',
    });
    expect(await counts()).toEqual(footprint);
  });

  it('should replace edits with the file on re-import of a changed guide and refuse edits of a retired question', async () => {
    const { guides } = await coordinator.data(
      `{ guides(first: 5) { edges { node { id sourceFileName } } } }`,
    );
    expect(guides.edges[0].node.sourceFileName).toBe(
      'deep-learning-engineer.md',
    );
    const questionId = panel.questionIds[1];
    const { question } = await coordinator.data(QUESTION, { id: questionId });
    await coordinator.data(UPDATE, {
      input: {
        questionId,
        expectedRevision: question.revision,
        prompt: 'Reworded in the app',
      },
    });
    const { createQuestion } = await coordinator.data(CREATE, {
      input: {
        guideId,
        kind: 'Behavioral',
        prompt: 'Added in the app only?',
        answer: { fields: [] },
        followUps: [],
      },
    });
    const file = sampleGuide('deep-learning-engineer.md');
    // Any change to the file: the guide's content hash differs, so every question is compared with the file.
    const changed = {
      ...file,
      text: `${file.text}\n\nA closing line added to the file.\n`,
    };

    const { importGuides } = await coordinator.data(IMPORT, {
      input: { files: [changed], dryRun: false },
    });

    expect(importGuides.guides[0].status).toBe('UPDATED');
    const { question: reimported } = await coordinator.data(QUESTION, {
      id: questionId,
    });
    // The same question, its file text back as the next revision.
    expect(reimported).toMatchObject({
      prompt: question.prompt,
      revisionOrigin: 'IMPORT',
      retired: false,
    });
    expect(
      reimported.revisions.map((r: { origin: string }) => r.origin).slice(-2),
    ).toEqual(['EDIT', 'IMPORT']);
    const { question: added } = await coordinator.data(QUESTION, {
      id: createQuestion.id,
    });
    expect(added.retired).toBe(true);
    const retiredEdit = await coordinator.request(UPDATE, {
      input: {
        questionId: createQuestion.id,
        expectedRevision: 1,
        prompt: 'Still here?',
      },
    });
    expect(retiredEdit.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'questionId',
      reason: 'QUESTION_RETIRED',
    });
  });
});
