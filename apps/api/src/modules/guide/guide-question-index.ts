import type { EntityManager } from 'typeorm';

/** Serialises writers of one guide (an import, an in-app question edit) until the transaction ends. */
export async function lockGuideForWrite(manager: EntityManager, teamId: string, slug: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`guide:${teamId}:${slug}`]);
}

/** Puts one question's current revision in the search index (or keeps it out while retired). */
export async function refreshQuestionSearchIndex(manager: EntityManager, questionId: string): Promise<void> {
  await manager.query(
    `INSERT INTO question_search (question_id, team_id, guide_id, kind_key, search_vector, prompt_vector)
     SELECT q.id, q.team_id, q.guide_id, q.kind_key, r.search_vector, r.prompt_vector
       FROM question q JOIN question_revision r ON r.id = q.current_revision_id
      WHERE q.id = $1 AND q.retired_at IS NULL
     ON CONFLICT (question_id) DO UPDATE
       SET kind_key = EXCLUDED.kind_key, search_vector = EXCLUDED.search_vector, prompt_vector = EXCLUDED.prompt_vector`,
    [questionId],
  );
}

/** Rebuilds the guide's rows of the search index from its active questions' current revisions. */
export async function refreshGuideSearchIndex(
  manager: EntityManager,
  guideId: string,
): Promise<void> {
  await manager.query(`DELETE FROM question_search WHERE guide_id = $1`, [
    guideId,
  ]);
  await manager.query(
    `INSERT INTO question_search (question_id, team_id, guide_id, kind_key, search_vector, prompt_vector)
     SELECT q.id, q.team_id, q.guide_id, q.kind_key, r.search_vector, r.prompt_vector
       FROM question q JOIN question_revision r ON r.id = q.current_revision_id
      WHERE q.guide_id = $1 AND q.retired_at IS NULL`,
    [guideId],
  );
}

/**
 * Un-retires a retired guide and exactly the questions retiring it retired (not those a
 * re-import had retired before); answers how many questions came back.
 */
export async function restoreRetiredGuide(
  manager: EntityManager,
  guideId: string,
): Promise<number> {
  await manager.query(
    `UPDATE guide SET retired_at = NULL, updated_at = now() WHERE id = $1`,
    [guideId],
  );
  const restored: { id: string }[] = await manager.query(
    `UPDATE question SET retired_at = NULL, retired_with_guide = false
      WHERE guide_id = $1 AND retired_with_guide RETURNING id`,
    [guideId],
  );
  await refreshGuideSearchIndex(manager, guideId);

  return restored.length;
}
