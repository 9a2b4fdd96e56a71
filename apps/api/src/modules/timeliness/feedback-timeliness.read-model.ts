import type { DataSource } from 'typeorm';

import { fromUserJson, type UserJson, userJson } from '@api/core/database/user-json';

import { HOURS_TO_SUBMIT_SQL, SESSION_ENDED_SQL } from '@api/modules/scorecard/submission-time';
import type { FeedbackTimelinessModel } from '@api/modules/timeliness/dto/timeliness.model';

const USER_JSON = userJson();
const ENDED = SESSION_ENDED_SQL;

/** Who owes which scorecards and how fast people submit: aggregates in SQL, submission times only (no ratings). */
export async function loadFeedbackTimeliness(dataSource: DataSource, teamId: string): Promise<FeedbackTimelinessModel> {
  const [outstanding, perInterviewer, team] = await Promise.all([
    dataSource.query<
      { session_id: string; candidate_name: string; interviewer: UserJson; ended_at: Date; age_hours: number; overdue: boolean; reminded: boolean; escalated: boolean }[]
    >(
      `SELECT s.id AS session_id, c.name AS candidate_name, ${USER_JSON} AS interviewer, ${ENDED} AS ended_at,
              extract(epoch FROM now() - ${ENDED})::float / 3600 AS age_hours,
              ${ENDED} + make_interval(hours => t.scorecard_due_hours) < now() AS overdue,
              EXISTS (SELECT 1 FROM scorecard_reminder rm WHERE rm.session_id = s.id AND rm.interviewer_id = u.id AND rm.kind = 'REMINDER') AS reminded,
              EXISTS (SELECT 1 FROM scorecard_reminder rm WHERE rm.session_id = s.id AND rm.interviewer_id = u.id AND rm.kind = 'ESCALATION') AS escalated
         FROM session_panelist p
         JOIN interview_session s ON s.id = p.session_id
         JOIN team t ON t.id = s.team_id
         JOIN candidate c ON c.id = s.candidate_id
         JOIN app_user u ON u.id = p.user_id
         LEFT JOIN scorecard sc ON sc.session_id = s.id AND sc.interviewer_id = p.user_id
        WHERE s.team_id = $1 AND p.role <> 'SHADOW' AND sc.status IS DISTINCT FROM 'SUBMITTED'
          AND (s.status = 'COMPLETED' OR (s.status IN ('SCHEDULED', 'IN_PROGRESS') AND s.ends_at <= now()))
        ORDER BY ended_at, u.name
        LIMIT 500`,
      [teamId],
    ),
    dataSource.query<{ interviewer: UserJson; submitted: number; median_hours: number | null }[]>(
      `SELECT ${USER_JSON} AS interviewer, count(sc.id)::int AS submitted,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY ${HOURS_TO_SUBMIT_SQL})::float AS median_hours
         FROM membership m
         JOIN app_user u ON u.id = m.user_id
         LEFT JOIN scorecard sc ON sc.interviewer_id = u.id AND sc.team_id = m.team_id AND sc.status = 'SUBMITTED'
                               AND sc.submitted_at > now() - interval '90 days'
         LEFT JOIN interview_session s ON s.id = sc.session_id
        WHERE m.team_id = $1 AND m.active
        GROUP BY u.id, u.email, u.name, u.time_zone
        ORDER BY u.name`,
      [teamId],
    ),
    dataSource.query<{ median_hours: number | null }[]>(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ${HOURS_TO_SUBMIT_SQL})::float AS median_hours
         FROM scorecard sc JOIN interview_session s ON s.id = sc.session_id
        WHERE sc.team_id = $1 AND sc.status = 'SUBMITTED' AND sc.submitted_at > now() - interval '90 days'`,
      [teamId],
    ),
  ]);
  const owedBy = new Map<string, typeof outstanding>();
  for (const row of outstanding) {
    owedBy.set(row.interviewer.id, [...(owedBy.get(row.interviewer.id) ?? []), row]);
  }

  return {
    outstanding: outstanding.map((row) => ({
      sessionId: row.session_id,
      candidateName: row.candidate_name,
      interviewer: fromUserJson(row.interviewer),
      endedAt: row.ended_at,
      ageHours: row.age_hours,
      overdue: row.overdue,
      reminded: row.reminded,
      escalated: row.escalated,
    })),
    interviewers: perInterviewer.map((row) => {
      const owed = owedBy.get(row.interviewer.id) ?? [];

      return {
        interviewer: fromUserJson(row.interviewer),
        due: owed.filter((entry) => !entry.overdue).length,
        overdue: owed.filter((entry) => entry.overdue).length,
        oldestOutstandingHours: owed[0]?.age_hours ?? null,
        submitted: row.submitted,
        medianHours: row.median_hours,
      };
    }),
    teamMedianHours: team[0]?.median_hours ?? null,
  };
}
