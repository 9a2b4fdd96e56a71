
import type { Actor } from '@api/core/auth/request-auth';
import type { SqlRunner } from '@api/core/database/sql-runner';
import type { ScorecardDueModel } from '@api/modules/scorecard/dto/scorecard.model';
import type { ScorecardStatus } from '@api/modules/scorecard/scorecard-status';

/** Sessions that ended (or were completed) where the caller owes a scorecard, oldest first. */
export async function loadScorecardsDue(db: SqlRunner, actor: Actor): Promise<ScorecardDueModel[]> {
  const rows: {
    session_id: string;
    candidate_name: string;
    kit_name: string;
    ended_at: Date;
    due_at: Date;
    status: ScorecardStatus | null;
  }[] = await db.query(
    `SELECT s.id AS session_id, c.name AS candidate_name, k.name AS kit_name,
            coalesce(s.completed_at, s.ends_at) AS ended_at,
            coalesce(s.completed_at, s.ends_at) + make_interval(hours => t.scorecard_due_hours) AS due_at,
            sc.status
       FROM session_panelist p
       JOIN interview_session s ON s.id = p.session_id
       JOIN team t ON t.id = s.team_id
       JOIN candidate c ON c.id = s.candidate_id
       JOIN interview_kit k ON k.id = s.kit_id
       LEFT JOIN scorecard sc ON sc.session_id = s.id AND sc.interviewer_id = p.user_id
      WHERE s.team_id = $1 AND p.user_id = $2 AND p.role <> 'SHADOW'
        AND (s.status = 'COMPLETED' OR (s.status IN ('SCHEDULED', 'IN_PROGRESS') AND s.ends_at <= now()))
        AND sc.status IS DISTINCT FROM 'SUBMITTED'
      ORDER BY ended_at
      LIMIT 200`,
    [actor.teamId, actor.userId],
  );
  const now = Date.now();

  return rows.map((row) => ({
    sessionId: row.session_id,
    candidateName: row.candidate_name,
    kitName: row.kit_name,
    endedAt: row.ended_at,
    dueAt: row.due_at,
    overdue: row.due_at.getTime() < now,
    status: row.status,
  }));
}
