import type { EntityManager } from 'typeorm';

/**
 * A session's plan starts as its kit at booking time, each question at its current revision.
 * Retired questions (a re-import dropped them, or their guide was retired) stay out of new plans.
 */
export async function copyKitIntoPlan(manager: EntityManager, sessionId: string, kitId: string): Promise<void> {
  await manager.query(
    `INSERT INTO session_question (session_id, question_id, revision_id, position, planned_minutes)
     SELECT $1, i.question_id, q.current_revision_id, i.position, i.planned_minutes
       FROM interview_kit_item i JOIN question q ON q.id = i.question_id
      WHERE i.kit_id = $2 AND q.current_revision_id IS NOT NULL AND q.retired_at IS NULL`,
    [sessionId, kitId],
  );
}
