import { randomUUID } from 'node:crypto';

import { createTeam, TEST_PASSWORD } from '@api-test/support/fixtures';
import type { GraphQLClient } from '@api-test/support/graphql-client';
import { sampleGuide } from '@api-test/support/guides';
import {
  createPanelFixture,
  type PanelFixture,
} from '@api-test/support/interview-fixture';
import { startTestApp, type TestApp } from '@api-test/support/test-app';

const IMPORT = `mutation Import($input: ImportGuidesInput!) {
  importGuides(input: $input) { guides { guideId status warnings { line message } } }
}`;
const RETIRE = `mutation R($input: RetireGuideInput!) { retireGuide(input: $input) { id retiredAt questionCount } }`;
const RESTORE = `mutation R($input: RestoreGuideInput!) { restoreGuide(input: $input) { id retiredAt questionCount } }`;
const DELETE = `mutation D($input: DeleteGuideInput!) {
  deleteGuide(input: $input) { guideId title deletedQuestionCount keptQuestionCount affectedKitCount }
}`;
const PREVIEW = `query P($guideId: ID!) {
  guideDeletionPreview(guideId: $guideId) { deletedQuestionCount keptQuestionCount affectedKitCount }
}`;
const GUIDES = `query G($status: GuideStatusFilter) { guides(status: $status) { edges { node { id retiredAt } } } }`;
const GUIDE = `query G($id: ID!) { guide(id: $id) { id title retiredAt importWarnings { line } } }`;
const ACTIVE_IDS = `query Q($guideId: ID!) { questions(guideId: $guideId, first: 50) { edges { node { id } } } }`;
const SEARCH = `query Q($guideId: ID!) { questions(guideId: $guideId, search: "normalization", first: 50) { edges { node { id } } } }`;
const KIT = `query K($id: ID!) { kit(id: $id) { items { question { id retired } } } }`;
const CREATE_QUESTION = `mutation C($input: CreateQuestionInput!) { createQuestion(input: $input) { id } }`;
const CREATE_KIT = `mutation K($input: CreateKitInput!) { createKit(input: $input) { id } }`;
const SESSION = `query S($id: ID!) { session(id: $id) { questions { id question { id prompt guide { title } } } } }`;
const SAVE_NOTE = `mutation N($input: SaveSessionNoteInput!) { saveSessionNote(input: $input) { version } }`;
const SAVE_SCORECARD = `mutation S($input: SaveScorecardInput!) { saveScorecard(input: $input) { id } }`;

const ids = (connection: { edges: { node: { id: string } }[] }) =>
  connection.edges.map((edge) => edge.node.id).sort();

describe('retiring, restoring and deleting a guide', () => {
  let testApp: TestApp;
  let panel: PanelFixture;
  let coordinator: GraphQLClient;
  let otherCoordinator: GraphQLClient;
  let guideId: string;
  let rubricId: string;
  const deepLearning = sampleGuide('deep-learning-engineer.md');

  const activeIds = async (id = guideId) =>
    ids((await coordinator.data(ACTIVE_IDS, { guideId: id })).questions);
  const searchIds = async (id = guideId) =>
    ids((await coordinator.data(SEARCH, { guideId: id })).questions);

  beforeAll(async () => {
    testApp = await startTestApp();
    panel = await createPanelFixture(testApp, 'lifecycle');
    coordinator = panel.coordinator;
    const other = await createTeam(testApp.dataSource, 'lifecycle-other');
    otherCoordinator = await testApp
      .client()
      .signIn(other.coordinator.email, TEST_PASSWORD);
    const [guide] = await testApp.dataSource.query(
      `SELECT id FROM guide WHERE team_id = $1`,
      [panel.team.teamId],
    );
    guideId = guide.id;
    [{ id: rubricId }] = await testApp.dataSource.query(
      `SELECT id FROM rubric WHERE team_id = $1 LIMIT 1`,
      [panel.team.teamId],
    );
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('should take the guide and its questions out of the bank, search, kits and plans, and restore exactly those', async () => {
    const all = await activeIds();
    // A question an earlier re-import dropped: retiring and restoring the guide must leave it retired.
    const droppedEarlier = all[all.length - 1] ?? '';
    await testApp.dataSource.query(
      `UPDATE question SET retired_at = now() - interval '1 day' WHERE id = $1`,
      [droppedEarlier],
    );
    await testApp.dataSource.query(
      `DELETE FROM question_search WHERE question_id = $1`,
      [droppedEarlier],
    );
    const before = all.filter((id) => id !== droppedEarlier);
    expect((await searchIds()).length).toBeGreaterThan(0);

    const { retireGuide } = await coordinator.data(RETIRE, {
      input: { guideId },
    });

    expect(retireGuide.retiredAt).not.toBeNull();
    expect(retireGuide.questionCount).toBe(0);
    expect(await activeIds()).toEqual([]);
    expect(await searchIds()).toEqual([]);
    expect(ids((await coordinator.data(GUIDES, {})).guides)).not.toContain(
      guideId,
    );
    expect(
      ids((await coordinator.data(GUIDES, { status: 'RETIRED' })).guides),
    ).toEqual([guideId]);
    expect(await panel.lead.errorCode(GUIDES, { status: 'RETIRED' })).toBe(
      'FORBIDDEN',
    );
    // The kit keeps its items, marked retired; the kit builder refuses them; a new session's plan leaves them out.
    const { kit } = await coordinator.data(KIT, { id: panel.kitId });
    expect(
      kit.items.map(
        (item: { question: { retired: boolean } }) => item.question.retired,
      ),
    ).toEqual([true, true]);
    expect(
      await coordinator.errorCode(CREATE_KIT, {
        input: {
          name: 'New',
          targetRole: 'X',
          rubricId,
          instructions: '',
          items: [{ questionId: before[0], plannedMinutes: 5 }],
        },
      }),
    ).toBe('BAD_USER_INPUT');
    const booked = await panel.schedule({
      startsAt: new Date(Date.now() + 48 * 3_600_000),
    });
    expect(booked.sessionQuestionIds).toEqual([]);
    const intoRetired = await coordinator.request(CREATE_QUESTION, {
      input: { guideId, kind: 'Technical', prompt: 'Into a retired guide?', answer: { fields: [] }, followUps: [] },
    });
    expect(intoRetired.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'guideId',
      reason: 'GUIDE_RETIRED',
    });
    // Retiring twice changes nothing.
    expect(
      (await coordinator.data(RETIRE, { input: { guideId } })).retireGuide
        .retiredAt,
    ).toBe(retireGuide.retiredAt);

    const { restoreGuide } = await coordinator.data(RESTORE, {
      input: { guideId },
    });

    expect(restoreGuide.retiredAt).toBeNull();
    expect(restoreGuide.questionCount).toBe(before.length);
    expect(await activeIds()).toEqual(before);
    expect((await searchIds()).length).toBeGreaterThan(0);
    expect(await searchIds()).not.toContain(droppedEarlier);
    const [dropped] = await testApp.dataSource.query(
      `SELECT retired_at FROM question WHERE id = $1`,
      [droppedEarlier],
    );
    expect(dropped.retired_at).not.toBeNull();
    const actions = await testApp.dataSource.query(
      `SELECT action, details->>'title' AS title, (details->>'questions')::int AS questions
         FROM audit_event WHERE record_id = $1 AND action IN ('guide.retired', 'guide.restored') ORDER BY at`,
      [guideId],
    );
    expect(actions).toEqual([
      {
        action: 'guide.retired',
        title: 'Deep Learning Engineer Interview Questions and Answers',
        questions: before.length,
      },
      {
        action: 'guide.restored',
        title: 'Deep Learning Engineer Interview Questions and Answers',
        questions: before.length,
      },
    ]);
  });

  it('should restore a retired guide when its file is imported again, and say so', async () => {
    await coordinator.data(RETIRE, { input: { guideId } });

    const { importGuides } = await coordinator.data(IMPORT, {
      input: { files: [deepLearning], dryRun: false },
    });

    expect(importGuides.guides[0]).toMatchObject({
      guideId,
      status: 'UPDATED',
    });
    expect(importGuides.guides[0].warnings[0].message).toContain('was retired');
    expect(
      (await coordinator.data(GUIDE, { id: guideId })).guide,
    ).toMatchObject({ retiredAt: null, importWarnings: [] });
    expect((await activeIds()).length).toBeGreaterThan(0);
  });

  it('should refuse interviewers and answer NOT_FOUND to another team', async () => {
    for (const mutation of [RETIRE, RESTORE, DELETE]) {
      expect(await panel.lead.errorCode(mutation, { input: { guideId } })).toBe(
        'FORBIDDEN',
      );
      expect(
        await otherCoordinator.errorCode(mutation, { input: { guideId } }),
      ).toBe('NOT_FOUND');
      expect(
        await coordinator.errorCode(mutation, {
          input: { guideId: randomUUID() },
        }),
      ).toBe('NOT_FOUND');
    }
    expect(await panel.lead.errorCode(PREVIEW, { guideId })).toBe('FORBIDDEN');
    expect(await otherCoordinator.errorCode(PREVIEW, { guideId })).toBe(
      'NOT_FOUND',
    );
  });

  it('should delete unused questions, keep what a session asked with its notes and ratings, and free the slug', async () => {
    const questionIds = await activeIds();
    const session = await panel.schedule();
    const [asked] = session.sessionQuestionIds;
    const askedRows = await testApp.dataSource.query(
      `SELECT sq.id, sq.question_id, sq.revision_id FROM session_question sq WHERE sq.session_id = $1 ORDER BY sq.position`,
      [session.id],
    );
    const usedQuestionIds: string[] = askedRows.map(
      (row: { question_id: string }) => row.question_id,
    );
    await panel.lead.data(SAVE_NOTE, {
      input: {
        sessionId: session.id,
        sessionQuestionId: asked,
        text: 'Explained both norms well',
        followUpsAsked: [],
        customFollowUps: [],
        expectedVersion: 0,
        editId: randomUUID(),
      },
    });
    await panel.lead.data(SAVE_SCORECARD, {
      input: {
        sessionId: session.id,
        expectedVersion: 0,
        ratings: [],
        questionRatings: [{ sessionQuestionId: asked, level: 3 }],
        summary: 'draft',
      },
    });
    const unusedId =
      questionIds.find((id) => !usedQuestionIds.includes(id)) ?? '';
    // A second kit holding an unused and a used question: it loses both items.
    const { createKit } = await coordinator.data(CREATE_KIT, {
      input: {
        name: 'Mixed',
        targetRole: 'X',
        rubricId,
        instructions: '',
        items: [
          { questionId: unusedId, plannedMinutes: 5 },
          { questionId: usedQuestionIds[0], plannedMinutes: 5 },
        ],
      },
    });
    const { session: sessionBefore } = await coordinator.data(SESSION, {
      id: session.id,
    });
    const totalQuestions = Number(
      (
        await testApp.dataSource.query(
          `SELECT count(*) FROM question WHERE guide_id = $1`,
          [guideId],
        )
      )[0].count,
    );
    const expected = {
      deletedQuestionCount: totalQuestions - usedQuestionIds.length,
      keptQuestionCount: usedQuestionIds.length,
      affectedKitCount: 2,
    };

    expect(
      (await coordinator.data(PREVIEW, { guideId })).guideDeletionPreview,
    ).toEqual(expected);

    const { deleteGuide } = await coordinator.data(DELETE, {
      input: { guideId },
    });

    expect(deleteGuide).toEqual({
      guideId,
      title: 'Deep Learning Engineer Interview Questions and Answers',
      ...expected,
    });
    // What the session asked survives whole: plan entries, revisions, notes and ratings.
    const sql = (query: string, params: unknown[]) =>
      testApp.dataSource.query(query, params);
    expect(
      await sql(
        `SELECT id, question_id, revision_id FROM session_question WHERE session_id = $1 ORDER BY position`,
        [session.id],
      ),
    ).toEqual(askedRows);
    expect(
      await sql(
        `SELECT text FROM session_note WHERE session_question_id = $1`,
        [asked],
      ),
    ).toEqual([{ text: 'Explained both norms well' }]);
    expect(
      await sql(
        `SELECT level FROM scorecard_question_rating WHERE session_question_id = $1`,
        [asked],
      ),
    ).toEqual([{ level: 3 }]);
    const kept = await sql(
      `SELECT id, retired_at FROM question WHERE guide_id = $1 ORDER BY id`,
      [guideId],
    );
    expect(kept.map((row: { id: string }) => row.id)).toEqual(
      [...usedQuestionIds].sort(),
    );
    expect(
      kept.every((row: { retired_at: Date | null }) => row.retired_at !== null),
    ).toBe(true);
    expect(
      (
        await sql(
          `SELECT count(*)::int AS n FROM question_revision WHERE id = ANY($1::uuid[])`,
          [askedRows.map((row: { revision_id: string }) => row.revision_id)],
        )
      )[0].n,
    ).toBe(askedRows.length);
    expect(
      (
        await sql(`SELECT count(*)::int AS n FROM question WHERE id = $1`, [
          unusedId,
        ])
      )[0].n,
    ).toBe(0);
    expect(
      (await coordinator.data(KIT, { id: createKit.id })).kit.items,
    ).toEqual([]);
    expect(
      (await coordinator.data(KIT, { id: panel.kitId })).kit.items,
    ).toEqual([]);
    // The session still reads its questions and their guide's title.
    expect(
      (await coordinator.data(SESSION, { id: session.id })).session,
    ).toEqual(sessionBefore);
    // The guide itself is gone for every other purpose.
    expect(await coordinator.errorCode(GUIDE, { id: guideId })).toBe(
      'NOT_FOUND',
    );
    expect(
      ids((await coordinator.data(GUIDES, { status: 'ALL' })).guides),
    ).not.toContain(guideId);
    const exported = await fetch(
      `${testApp.baseUrl}/exports/guides/${guideId}.md`,
      {
        headers: { cookie: coordinator.sessionCookie ?? '' },
      },
    );
    expect(exported.status).toBe(404);
    // Its kept questions serve their sessions only: not even browsing retired ones lists them.
    const { questions: browsed } = await coordinator.data(
      `query Q($guideId: ID) { questions(guideId: $guideId, first: 50, includeRetired: true) { edges { node { id } } } }`,
      { guideId },
    );
    expect(browsed.edges).toEqual([]);
    expect(
      await coordinator.errorCode(CREATE_QUESTION, {
        input: { guideId, kind: 'Technical', prompt: 'Into a deleted guide?', answer: { fields: [] }, followUps: [] },
      }),
    ).toBe('NOT_FOUND');
    const [tombstone] = await sql(
      `SELECT slug, deleted_at, profile, import_warnings FROM guide WHERE id = $1`,
      [guideId],
    );
    expect(tombstone).toMatchObject({
      slug: `deleted:${guideId}`,
      profile: { sections: [] },
      import_warnings: [],
    });
    const [audit] = await sql(
      `SELECT details FROM audit_event WHERE record_id = $1 AND action = 'guide.deleted'`,
      [guideId],
    );
    expect(audit.details).toMatchObject({
      title: 'Deep Learning Engineer Interview Questions and Answers',
      keptQuestions: expected.keptQuestionCount,
    });

    expect(await coordinator.errorCode(DELETE, { input: { guideId } })).toBe(
      'NOT_FOUND',
    );
    expect(await coordinator.errorCode(RESTORE, { input: { guideId } })).toBe(
      'NOT_FOUND',
    );

    const { importGuides } = await coordinator.data(IMPORT, {
      input: { files: [deepLearning], dryRun: false },
    });

    expect(importGuides.guides[0].status).toBe('CREATED');
    expect(importGuides.guides[0].guideId).not.toBe(guideId);
    expect((await activeIds(importGuides.guides[0].guideId)).length).toBe(
      totalQuestions,
    );
  });
});
