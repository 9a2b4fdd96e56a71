import type { DataSource } from 'typeorm';

import type { Actor } from '@api/core/auth/request-auth';
import { TeamRole } from '@api/core/auth/team-role';
import { fromUserJson, type UserJson, userJson } from '@api/core/database/user-json';
import type { Recommendation } from '@api/modules/scorecard/scorecard-status';
import { scorecardVisible } from '@api/modules/scorecard/scorecard-visibility';

import type {
  CompetencyDisagreementModel,
  PendingScorecardModel,
  RecommendationCountModel,
  ReviewCompetencyModel,
  ReviewRatingModel,
  ReviewRecommendationModel,
} from '@api/modules/review/dto/review.model';

const USER_JSON = userJson();

/** The candidate's submitted scorecards that the caller may read (Rule 2), as `sc` with session `s`. */
export const reviewedScorecards = (join = '') => `
  FROM scorecard sc
  JOIN interview_session s ON s.id = sc.session_id
  JOIN team t ON t.id = s.team_id
  JOIN app_user u ON u.id = sc.interviewer_id
  ${join}
 WHERE sc.team_id = $1 AND s.candidate_id = $2 AND sc.status = 'SUBMITTED' AND ${scorecardVisible('$3', '$4')}`;
const WITH_RATINGS = 'JOIN scorecard_rating r ON r.scorecard_id = sc.id';

export type ReviewFigures = {
  competencies: ReviewCompetencyModel[];
  ratings: ReviewRatingModel[];
  recommendations: ReviewRecommendationModel[];
  recommendationTally: RecommendationCountModel[];
  disagreements: CompetencyDisagreementModel[];
  pending: PendingScorecardModel[];
};

/** The review matrix and its aggregates, computed in SQL: a fixed number of queries per candidate. */
export async function loadReviewFigures(
  dataSource: DataSource,
  actor: Actor,
  candidateId: string,
): Promise<ReviewFigures> {
  const params = [
    actor.teamId,
    candidateId,
    actor.userId,
    actor.role === TeamRole.COORDINATOR,
  ];
  const [
    ratingRows,
    recommendationRows,
    tallyRows,
    disagreementRows,
    pendingRows,
  ] = await Promise.all([
    dataSource.query<
      {
        scorecard_id: string;
        session_id: string;
        interviewer: UserJson;
        competency_id: string;
        competency_name: string | null;
        level: number | null;
        not_assessed: boolean;
        evidence: string;
      }[]
    >(
      `SELECT sc.id AS scorecard_id, sc.session_id, ${USER_JSON} AS interviewer, r.competency_id, r.level, r.not_assessed, r.evidence,
              (SELECT c->>'name' FROM rubric_version rv, jsonb_array_elements(rv.competencies) c
                WHERE rv.id = sc.rubric_version_id AND c->>'id' = r.competency_id) AS competency_name,
              (SELECT ordinality FROM rubric_version rv, jsonb_array_elements(rv.competencies) WITH ORDINALITY e(c, ordinality)
                WHERE rv.id = sc.rubric_version_id AND e.c->>'id' = r.competency_id) AS competency_order
         ${reviewedScorecards(WITH_RATINGS)}
        ORDER BY s.starts_at, u.name, competency_order`,
      params,
    ),
    dataSource.query<
      {
        scorecard_id: string;
        session_id: string;
        interviewer: UserJson;
        recommendation: Recommendation;
        summary: string;
        submitted_at: Date;
      }[]
    >(
      `SELECT sc.id AS scorecard_id, sc.session_id, ${USER_JSON} AS interviewer, sc.recommendation, sc.summary, sc.submitted_at
         ${reviewedScorecards()} ORDER BY s.starts_at, u.name`,
      params,
    ),
    dataSource.query<{ recommendation: Recommendation; count: number }[]>(
      `SELECT sc.recommendation, count(*)::int AS count ${reviewedScorecards()} GROUP BY sc.recommendation ORDER BY sc.recommendation`,
      params,
    ),
    dataSource.query<
      { competency_id: string; lowest: number; highest: number }[]
    >(
      `SELECT r.competency_id, min(r.level)::int AS lowest, max(r.level)::int AS highest
         ${reviewedScorecards(WITH_RATINGS)}
          AND r.level IS NOT NULL
        GROUP BY r.competency_id HAVING max(r.level) - min(r.level) >= 2`,
      params,
    ),
    dataSource.query<
      {
        session_id: string;
        interviewer: UserJson;
        ended_at: Date;
        has_draft: boolean;
      }[]
    >(
      `SELECT s.id AS session_id, ${USER_JSON} AS interviewer, coalesce(s.completed_at, s.ends_at) AS ended_at, sc.id IS NOT NULL AS has_draft
         FROM interview_session s
         JOIN session_panelist p ON p.session_id = s.id AND p.role <> 'SHADOW'
         JOIN app_user u ON u.id = p.user_id
         LEFT JOIN scorecard sc ON sc.session_id = s.id AND sc.interviewer_id = p.user_id
        WHERE s.team_id = $1 AND s.candidate_id = $2
          AND (s.status = 'COMPLETED' OR (s.status IN ('SCHEDULED', 'IN_PROGRESS') AND s.ends_at <= now()))
          AND sc.status IS DISTINCT FROM 'SUBMITTED'
        ORDER BY ended_at, u.name`,
      params.slice(0, 2),
    ),
  ]);

  const competencies = new Map<string, string>();
  for (const row of ratingRows) {
    if (!competencies.has(row.competency_id)) {
      competencies.set(
        row.competency_id,
        row.competency_name ?? 'Removed competency',
      );
    }
  }

  return {
    competencies: [...competencies].map(([id, name]) => ({ id, name })),
    ratings: ratingRows.map((row) => ({
      scorecardId: row.scorecard_id,
      sessionId: row.session_id,
      interviewer: fromUserJson(row.interviewer),
      competencyId: row.competency_id,
      level: row.level,
      notAssessed: row.not_assessed,
      evidence: row.evidence,
    })),
    recommendations: recommendationRows.map((row) => ({
      scorecardId: row.scorecard_id,
      sessionId: row.session_id,
      interviewer: fromUserJson(row.interviewer),
      recommendation: row.recommendation,
      summary: row.summary,
      submittedAt: row.submitted_at,
    })),
    recommendationTally: tallyRows,
    disagreements: disagreementRows.map((row) => ({
      competencyId: row.competency_id,
      competencyName:
        competencies.get(row.competency_id) ?? 'Removed competency',
      lowest: row.lowest,
      highest: row.highest,
      spread: row.highest - row.lowest,
    })),
    pending: pendingRows.map((row) => ({
      sessionId: row.session_id,
      interviewer: fromUserJson(row.interviewer),
      endedAt: row.ended_at,
      hasDraft: row.has_draft,
    })),
  };
}
