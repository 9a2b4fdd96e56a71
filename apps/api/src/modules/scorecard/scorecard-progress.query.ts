import type { DataSource } from 'typeorm';

import { PanelRole } from '@api/core/session-status';

import type { PanelSubmissionModel } from '@api/modules/scorecard/dto/scorecard.model';
import { panelScorecardsRevealed } from './scorecard-visibility';

export type PanelSubmission = PanelSubmissionModel & { sessionId: string };

/** Each panelist of the sessions and when they submitted; never their ratings. */
export async function loadPanelSubmissions(db: DataSource, teamId: string, sessionIds: readonly string[]): Promise<PanelSubmission[]> {
  const rows: { session_id: string; role: PanelRole; submitted_at: Date | null; id: string; email: string; name: string; time_zone: string }[] =
    await db.query(
      `SELECT p.session_id, p.role, sc.submitted_at, u.id, u.email, u.name, u.time_zone
         FROM session_panelist p
         JOIN interview_session s ON s.id = p.session_id
         JOIN app_user u ON u.id = p.user_id
         LEFT JOIN scorecard sc ON sc.session_id = p.session_id AND sc.interviewer_id = p.user_id AND sc.status = 'SUBMITTED'
        WHERE s.team_id = $1 AND p.session_id = ANY($2::uuid[])
        ORDER BY p.role, u.name`,
      [teamId, [...sessionIds]],
    );

  return rows.map((row) => ({
    sessionId: row.session_id,
    user: { id: row.id, email: row.email, name: row.name, timeZone: row.time_zone },
    role: row.role,
    required: row.role !== PanelRole.SHADOW,
    submittedAt: row.submitted_at,
  }));
}

/** Per session: whether the caller may read the panel's submitted scorecards now. */
export function loadScorecardsRevealed(
  db: DataSource,
  caller: { teamId: string; userId: string; isCoordinator: boolean },
  sessionIds: readonly string[],
): Promise<{ id: string; revealed: boolean }[]> {
  return db.query(
    `SELECT s.id, ${panelScorecardsRevealed('$3', '$4')} AS revealed
       FROM interview_session s JOIN team t ON t.id = s.team_id
      WHERE s.team_id = $1 AND s.id = ANY($2::uuid[])`,
    [caller.teamId, [...sessionIds], caller.userId, caller.isCoordinator],
  );
}
