import type { DataSource, EntityManager } from 'typeorm';

import { fromUserJson, type UserJson, userJson } from '@api/core/database/user-json';
import type { Competency, ScaleLevel } from '@api/modules/rubric/rubric.types';

import type { ScorecardModel } from './dto/scorecard.model';
import type { Recommendation, ScorecardStatus } from './scorecard-status';

type ScorecardRow = {
  id: string;
  session_id: string;
  status: ScorecardStatus;
  recommendation: Recommendation | null;
  summary: string;
  submitted_at: Date | null;
  version: number;
  updated_at: Date;
  rubric_version_id: string;
  rubric_name: string;
  scale: ScaleLevel[];
  competencies: Competency[];
  interviewer: UserJson;
  ratings: { competency_id: string; level: number | null; not_assessed: boolean; evidence: string }[];
  question_ratings: { session_question_id: string; level: number }[];
  amendments: { at: string; actor_name: string | null; reason: string; previous: { recommendation?: Recommendation | null } }[];
};

/**
 * Loads scorecards with their rubric version, ratings and amendments in one
 * query. `where` must already apply the visibility rule; $1 is the team.
 */
export async function loadScorecards(
  db: DataSource | EntityManager,
  teamId: string,
  where: string,
  params: unknown[],
): Promise<ScorecardModel[]> {
  const rows: ScorecardRow[] = await db.query(
    `SELECT sc.id, sc.session_id, sc.status, sc.recommendation, sc.summary, sc.submitted_at, sc.version, sc.updated_at,
            rv.id AS rubric_version_id, rb.name AS rubric_name, rv.scale, rv.competencies,
            ${userJson()} AS interviewer,
            (SELECT coalesce(jsonb_agg(to_jsonb(r) - 'scorecard_id'), '[]') FROM scorecard_rating r WHERE r.scorecard_id = sc.id) AS ratings,
            (SELECT coalesce(jsonb_agg(jsonb_build_object('session_question_id', qr.session_question_id, 'level', qr.level)), '[]')
               FROM scorecard_question_rating qr WHERE qr.scorecard_id = sc.id) AS question_ratings,
            (SELECT coalesce(jsonb_agg(jsonb_build_object('at', a.at, 'actor_name', au.name, 'reason', a.reason, 'previous', a.previous)
                      ORDER BY a.at), '[]')
               FROM scorecard_amendment a LEFT JOIN app_user au ON au.id = a.actor_id WHERE a.scorecard_id = sc.id) AS amendments
       FROM scorecard sc
       JOIN interview_session s ON s.id = sc.session_id
       JOIN team t ON t.id = s.team_id
       JOIN rubric_version rv ON rv.id = sc.rubric_version_id
       JOIN rubric rb ON rb.id = rv.rubric_id
       JOIN app_user u ON u.id = sc.interviewer_id
      WHERE sc.team_id = $1 AND (${where})
      ORDER BY s.starts_at, u.name, sc.id`,
    [teamId, ...params],
  );

  return rows.map((row) => {
    const ratingByCompetency = new Map(row.ratings.map((rating) => [rating.competency_id, rating]));

    return {
      id: row.id,
      sessionId: row.session_id,
      interviewer: fromUserJson(row.interviewer),
      status: row.status,
      rubricVersionId: row.rubric_version_id,
      rubricName: row.rubric_name,
      scale: row.scale,
      competencies: row.competencies,
      // In rubric order, one entry per competency, so clients can render the form straight from it.
      ratings: row.competencies.map((competency) => {
        const rating = ratingByCompetency.get(competency.id);

        return {
          competencyId: competency.id,
          level: rating?.level ?? null,
          notAssessed: rating?.not_assessed ?? false,
          evidence: rating?.evidence ?? '',
        };
      }),
      questionRatings: row.question_ratings.map((rating) => ({
        sessionQuestionId: rating.session_question_id,
        level: rating.level,
      })),
      recommendation: row.recommendation,
      summary: row.summary,
      submittedAt: row.submitted_at,
      amendments: row.amendments.map((amendment) => ({
        at: new Date(amendment.at),
        actorName: amendment.actor_name,
        reason: amendment.reason,
        previousRecommendation: amendment.previous.recommendation ?? null,
      })),
      version: row.version,
      updatedAt: row.updated_at,
    };
  });
}
