import type { DataSource, EntityManager } from 'typeorm';

import { QUESTION_COLUMNS, type QuestionRow, toQuestionModel } from '@api/modules/question/question.mapper';
import { fromUserJson, type UserJson, userJson } from '@api/core/database/user-json';

import type { SessionQuestionModel } from './dto/interview.model';

type PlanRow = QuestionRow & {
  session_question_id: string;
  session_id: string;
  position: number;
  planned_minutes: number;
  added_by_id: string | null;
  asked_at: Date | null;
  skipped_at: Date | null;
  asked_by: UserJson | null;
  previously_asked_at: Date | null;
};

/**
 * The plans of the given sessions, in order, with the revision asked and
 * whether the candidate met each question in another session.
 */
export async function loadSessionPlans(
  db: DataSource | EntityManager,
  teamId: string,
  sessionIds: readonly string[],
  sessionQuestionId: string | null = null,
): Promise<SessionQuestionModel[]> {
  const rows: PlanRow[] = await db.query(
    `SELECT sq.id AS session_question_id, sq.session_id, sq.position, sq.planned_minutes, sq.added_by_id,
            sq.asked_at, sq.skipped_at,
            CASE WHEN u.id IS NULL THEN NULL
                 ELSE ${userJson()} END AS asked_by,
            (SELECT max(o.asked_at) FROM session_question o JOIN interview_session os ON os.id = o.session_id
              WHERE os.candidate_id = s.candidate_id AND os.id <> s.id AND o.question_id = sq.question_id
                AND o.asked_at IS NOT NULL) AS previously_asked_at,
            ${QUESTION_COLUMNS}
       FROM session_question sq
       JOIN interview_session s ON s.id = sq.session_id
       JOIN question q ON q.id = sq.question_id
       JOIN question_revision r ON r.id = sq.revision_id
       LEFT JOIN app_user u ON u.id = sq.asked_by_id
      WHERE s.team_id = $1 AND sq.session_id = ANY($2::uuid[]) AND ($3::uuid IS NULL OR sq.id = $3)
      ORDER BY sq.session_id, sq.position`,
    [teamId, [...sessionIds], sessionQuestionId],
  );

  return rows.map((row) => ({
    id: row.session_question_id,
    sessionId: row.session_id,
    position: row.position,
    plannedMinutes: row.planned_minutes,
    question: toQuestionModel(row),
    fromKit: row.added_by_id === null,
    askedAt: row.asked_at,
    askedBy: row.asked_by ? fromUserJson(row.asked_by) : null,
    skippedAt: row.skipped_at,
    previouslyAskedAt: row.previously_asked_at,
  }));
}
