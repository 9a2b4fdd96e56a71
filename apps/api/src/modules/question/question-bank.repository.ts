import { type EntityManager, IsNull } from 'typeorm';

import { updateReturning } from '@api/core/database/update-returning';

import { QUESTION_COLUMNS, type QuestionRow } from './question.mapper';
import { QuestionRevisionEntity } from './question-revision.entity';
import { QuestionEntity } from './question.entity';

/** A new question, without content yet: its first revision is inserted next, then made current. */
export type NewQuestion = Pick<QuestionEntity, 'teamId' | 'guideId' | 'kindKey' | 'position'>;

export type NewQuestionRevision = Pick<
  QuestionRevisionEntity,
  | 'questionId'
  | 'revision'
  | 'kind'
  | 'kindKey'
  | 'number'
  | 'prompt'
  | 'context'
  | 'answer'
  | 'followUps'
  | 'followUpResponses'
  | 'sourceStartLine'
  | 'sourceEndLine'
  | 'contentHash'
  | 'origin'
  | 'createdById'
>;

/** A guide's stored question at its current revision, as a re-import matches it. */
export type StoredQuestionRow = {
  id: string;
  number: number | null;
  prompt: string;
  kind_key: string;
  content_hash: string;
  revision: number;
  retired_at: Date | null;
  imported_prompt: string | null;
};

/** A question at its current revision, as an edit starts from it. */
export type CurrentQuestionRow = Pick<
  QuestionRow,
  | 'id'
  | 'guide_id'
  | 'retired_at'
  | 'revision'
  | 'kind'
  | 'kind_key'
  | 'number'
  | 'prompt'
  | 'context'
  | 'answer'
  | 'follow_ups'
  | 'follow_up_responses'
>;

/** Where a guide's questions end, overall and for one kind (active questions), and how it numbers them. */
export type KindPlacementRow = {
  kind_end: number | null;
  guide_end: number | null;
  kind_number: number | null;
  heading: string | null;
  guide_number: number | null;
  numbers_across_kinds: boolean;
};

/**
 * The question bank's SQL (question, question_revision, question_search). Every function takes the
 * manager to run on: inside a transaction, that transaction's (the embedded database has one connection).
 */
export const questionBankRepository = {
  /** Inserts the questions (no current revision yet); returns their ids in order. */
  async insertQuestions(manager: EntityManager, rows: NewQuestion[]): Promise<string[]> {
    if (!rows.length) {
      return [];
    }
    const inserted = await manager.insert(
      QuestionEntity,
      rows.map((row) => ({ teamId: row.teamId, guideId: row.guideId, kindKey: row.kindKey, position: row.position, currentRevisionId: null })),
    );

    return inserted.identifiers.map((identifier) => (identifier as { id: string }).id);
  },

  /** Inserts the revisions; returns their ids in order. */
  async insertRevisions(manager: EntityManager, rows: NewQuestionRevision[]): Promise<string[]> {
    if (!rows.length) {
      return [];
    }
    const inserted = await manager.insert(QuestionRevisionEntity, rows);

    return inserted.identifiers.map((identifier) => (identifier as { id: string }).id);
  },

  async setCurrentRevision(manager: EntityManager, questionId: string, revisionId: string, kindKey: string): Promise<void> {
    await manager.query(
      `UPDATE question SET current_revision_id = $2, kind_key = $3 WHERE id = $1`,
      [questionId, revisionId, kindKey],
    );
  },

  /**
   * One statement for every question an import touched: a new revision pointer where `revisionId`
   * is set, the order where `position` is not negative, the kind where `kindKey` is not empty; all
   * come back from retirement.
   */
  async updateImportedQuestions(
    manager: EntityManager,
    rows: { id: string; revisionId: string | null; position: number; kindKey: string }[],
  ): Promise<void> {
    await manager.query(
      `UPDATE question q
          SET current_revision_id = coalesce(v.revision_id, q.current_revision_id),
              position = CASE WHEN v.position >= 0 THEN v.position ELSE q.position END,
              kind_key = CASE WHEN v.kind_key <> '' THEN v.kind_key ELSE q.kind_key END,
              retired_at = NULL
         FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[]) AS v(id, revision_id, position, kind_key)
        WHERE q.id = v.id`,
      [
        rows.map((row) => row.id),
        rows.map((row) => row.revisionId),
        rows.map((row) => row.position),
        rows.map((row) => row.kindKey),
      ],
    );
  },

  /** Retires the questions a re-import no longer finds in the file. */
  async retireQuestions(manager: EntityManager, questionIds: string[]): Promise<void> {
    await manager.query(`UPDATE question SET retired_at = now() WHERE id = ANY($1::uuid[])`, [questionIds]);
  },

  /** Retires the guide's active questions, marked as retired with it (restoring the guide brings them back). */
  async retireWithGuide(manager: EntityManager, guideId: string): Promise<{ id: string }[]> {
    return updateReturning(
      manager,
      `UPDATE question SET retired_at = now(), retired_with_guide = true
        WHERE guide_id = $1 AND retired_at IS NULL RETURNING id`,
      [guideId],
    );
  },

  /** Un-retires exactly the questions retiring their guide retired. */
  async restoreRetiredWithGuide(manager: EntityManager, guideId: string): Promise<{ id: string }[]> {
    return updateReturning(
      manager,
      `UPDATE question SET retired_at = NULL, retired_with_guide = false
        WHERE guide_id = $1 AND retired_with_guide RETURNING id`,
      [guideId],
    );
  },

  /** The questions a deleted guide keeps (sessions asked them) stay retired for good. */
  async retireForDeletedGuide(manager: EntityManager, guideId: string): Promise<void> {
    await manager.query(
      `UPDATE question SET retired_at = coalesce(retired_at, now()), retired_with_guide = false WHERE guide_id = $1`,
      [guideId],
    );
  },

  /** Locks the guide's questions until the transaction ends. */
  async lockQuestionsOfGuide(manager: EntityManager, guideId: string): Promise<void> {
    await manager.query(
      `SELECT id FROM question WHERE guide_id = $1 ORDER BY id FOR UPDATE`,
      [guideId],
    );
  },

  /** Every question of the guide (retired ones too) at its current revision, with its last imported prompt. */
  async storedQuestionsOfGuide(manager: EntityManager, guideId: string): Promise<StoredQuestionRow[]> {
    return manager.query(
      `SELECT q.id, r.number, r.prompt, q.kind_key, r.content_hash, r.revision, q.retired_at,
              (SELECT ir.prompt FROM question_revision ir
                WHERE ir.question_id = q.id AND ir.origin = 'IMPORT'
                ORDER BY ir.revision DESC LIMIT 1) AS imported_prompt
         FROM question q JOIN question_revision r ON r.id = q.current_revision_id
        WHERE q.guide_id = $1`,
      [guideId],
    );
  },

  /** The guide's active questions at their current revisions, in guide order. */
  async activeQuestionsOfGuide(manager: EntityManager, guideId: string): Promise<QuestionRow[]> {
    return manager.query(
      `SELECT ${QUESTION_COLUMNS}
         FROM question q JOIN question_revision r ON r.id = q.current_revision_id
        WHERE q.guide_id = $1 AND q.retired_at IS NULL
        ORDER BY q.position`,
      [guideId],
    );
  },

  countActiveOfGuide(manager: EntityManager, guideId: string): Promise<number> {
    return manager.countBy(QuestionEntity, { guideId, retiredAt: IsNull() });
  },

  /** Active (not retired) questions per guide, for the guides asked. */
  async activeCountsByGuide(manager: EntityManager, guideIds: string[]): Promise<Map<string, number>> {
    if (!guideIds.length) {
      return new Map();
    }
    const rows: { guide_id: string; count: number }[] = await manager.query(
      `SELECT guide_id, count(*)::int AS count FROM question
        WHERE guide_id = ANY($1::uuid[]) AND retired_at IS NULL GROUP BY guide_id`,
      [guideIds],
    );

    return new Map(rows.map((row) => [row.guide_id, row.count]));
  },

  /** The team's question at its current revision, locked until the transaction ends. */
  async lockCurrentQuestion(manager: EntityManager, teamId: string, questionId: string): Promise<CurrentQuestionRow | undefined> {
    const [current]: CurrentQuestionRow[] = await manager.query(
      `SELECT q.id, q.guide_id, q.retired_at, r.revision, r.kind, r.kind_key, r.number, r.prompt, r.context,
              r.answer, r.follow_ups, r.follow_up_responses
         FROM question q JOIN question_revision r ON r.id = q.current_revision_id
        WHERE q.id = $1 AND q.team_id = $2
          FOR UPDATE OF q`,
      [questionId, teamId],
    );

    return current;
  },

  /** The team's question's current revision and retirement, or undefined. */
  async currentRevisionOf(
    manager: EntityManager,
    teamId: string,
    questionId: string,
  ): Promise<{ current_revision_id: string | null; retired_at: Date | null } | undefined> {
    const [question]: { current_revision_id: string | null; retired_at: Date | null }[] = await manager.query(
      `SELECT current_revision_id, retired_at FROM question WHERE id = $1 AND team_id = $2`,
      [questionId, teamId],
    );

    return question;
  },

  /** Which of the ids are the team's questions, and whether each is retired. */
  async retirementOf(manager: EntityManager, teamId: string, questionIds: string[]): Promise<{ id: string; retired_at: Date | null }[]> {
    return manager.query(
      `SELECT id, retired_at FROM question WHERE id = ANY($1::uuid[]) AND team_id = $2`,
      [questionIds, teamId],
    );
  },

  async kindPlacement(manager: EntityManager, guideId: string, kindKey: string): Promise<KindPlacementRow | undefined> {
    const [place]: KindPlacementRow[] = await manager.query(
      `SELECT max(q.position) FILTER (WHERE q.kind_key = $2 AND q.retired_at IS NULL) AS kind_end,
              max(q.position) AS guide_end,
              max(r.number) FILTER (WHERE q.kind_key = $2 AND q.retired_at IS NULL) AS kind_number,
              min(r.kind) FILTER (WHERE q.kind_key = $2 AND q.retired_at IS NULL) AS heading,
              max(r.number) FILTER (WHERE q.retired_at IS NULL) AS guide_number,
              count(r.number) FILTER (WHERE q.retired_at IS NULL) = count(DISTINCT r.number) FILTER (WHERE q.retired_at IS NULL)
                AS numbers_across_kinds
         FROM question q LEFT JOIN question_revision r ON r.id = q.current_revision_id
        WHERE q.guide_id = $1`,
      [guideId, kindKey],
    );

    return place;
  },

  /** Moves the guide's questions from `position` on down one place. */
  async shiftPositions(manager: EntityManager, guideId: string, position: number): Promise<void> {
    await manager.query(
      `UPDATE question SET position = position + 1 WHERE guide_id = $1 AND position >= $2`,
      [guideId, position],
    );
  },

  /** Puts one question's current revision in the search index (or keeps it out while retired). */
  async refreshSearchIndex(manager: EntityManager, questionId: string): Promise<void> {
    await manager.query(
      `INSERT INTO question_search (question_id, team_id, guide_id, kind_key, search_vector, prompt_vector)
       SELECT q.id, q.team_id, q.guide_id, q.kind_key, r.search_vector, r.prompt_vector
         FROM question q JOIN question_revision r ON r.id = q.current_revision_id
        WHERE q.id = $1 AND q.retired_at IS NULL
       ON CONFLICT (question_id) DO UPDATE
         SET kind_key = EXCLUDED.kind_key, search_vector = EXCLUDED.search_vector, prompt_vector = EXCLUDED.prompt_vector`,
      [questionId],
    );
  },

  async removeGuideFromSearchIndex(manager: EntityManager, guideId: string): Promise<void> {
    await manager.query(`DELETE FROM question_search WHERE guide_id = $1`, [guideId]);
  },

  /** Rebuilds the guide's rows of the search index from its active questions' current revisions. */
  async refreshGuideSearchIndex(manager: EntityManager, guideId: string): Promise<void> {
    await questionBankRepository.removeGuideFromSearchIndex(manager, guideId);
    await manager.query(
      `INSERT INTO question_search (question_id, team_id, guide_id, kind_key, search_vector, prompt_vector)
       SELECT q.id, q.team_id, q.guide_id, q.kind_key, r.search_vector, r.prompt_vector
         FROM question q JOIN question_revision r ON r.id = q.current_revision_id
        WHERE q.guide_id = $1 AND q.retired_at IS NULL`,
      [guideId],
    );
  },
};
