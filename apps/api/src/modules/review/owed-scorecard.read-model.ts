
import type { SqlRunner } from '@api/core/database/sql-runner';

/** The candidate of a team's session on which the interviewer (lead or co-interviewer) still owes a scorecard, or undefined. */
export async function loadOwedScorecard(
  db: SqlRunner,
  teamId: string,
  sessionId: string,
  interviewerId: string,
): Promise<{ candidate_name: string; candidate_id: string } | undefined> {
  const [owed]: { candidate_name: string; candidate_id: string }[] = await db.query(
    `SELECT c.name AS candidate_name, c.id AS candidate_id
       FROM interview_session s
       JOIN candidate c ON c.id = s.candidate_id
       JOIN session_panelist p ON p.session_id = s.id AND p.user_id = $3 AND p.role <> 'SHADOW'
       LEFT JOIN scorecard sc ON sc.session_id = s.id AND sc.interviewer_id = p.user_id
      WHERE s.team_id = $1 AND s.id = $2 AND sc.status IS DISTINCT FROM 'SUBMITTED'`,
    [teamId, sessionId, interviewerId],
  );

  return owed;
}
