import type { DataSource } from 'typeorm';

import {
  hasEnoughAgreementData,
  intervalAlpha,
  leniencyFigure,
  MIN_AGREEMENT_UNITS,
  MIN_LENIENCY_RATINGS,
} from '@panelwise/domain-scorecard';

import type { Actor } from '@api/core/auth/request-auth';
import { TeamRole } from '@api/core/auth/team-role';
import { fromUserJson, type UserJson, userJson } from '@api/core/database/user-json';
import { scorecardVisible } from '@api/modules/scorecard/scorecard-visibility';
import { HOURS_TO_SUBMIT_SQL } from '@api/modules/scorecard/submission-time';

import type { AnalyticsFilterInput, CalibrationModel } from '@api/modules/analytics/dto/analytics.model';

const USER_JSON = userJson();

/**
 * Submitted scorecards in the filter that the caller may read (Rule 2), as
 * `sc` with session `s`. Parameters: $1 team, $2 from, $3 to, $4 kit, $5 caller, $6 is coordinator.
 */
const scorecardsInScope = (join = '') => `
  FROM scorecard sc
  JOIN interview_session s ON s.id = sc.session_id
  JOIN team t ON t.id = s.team_id
  ${join}
 WHERE sc.team_id = $1 AND sc.status = 'SUBMITTED'
   AND s.starts_at >= $2 AND s.starts_at < $3 AND ($4::uuid IS NULL OR s.kit_id = $4)
   AND ${scorecardVisible('$5', '$6')}`;

/** Every rating in scope, and per (session, competency) unit its count and moments. */
const RATED_UNITS = `
  rated AS (
    SELECT s.id AS session_id, sc.interviewer_id, r.competency_id, r.level
    ${scorecardsInScope('JOIN scorecard_rating r ON r.scorecard_id = sc.id')}
      AND r.level IS NOT NULL
  ),
  unit AS (
    SELECT session_id, competency_id, count(*)::int AS m, sum(level)::float AS total, sum(level * level)::float AS squares
      FROM rated GROUP BY session_id, competency_id
  ),
  competency_name AS (
    SELECT DISTINCT ON (c->>'id') c->>'id' AS id, c->>'name' AS name
      FROM rubric rb JOIN rubric_version rv ON rv.rubric_id = rb.id, jsonb_array_elements(rv.competencies) c
     WHERE rb.team_id = $1
     ORDER BY c->>'id', rv.version DESC
  )`;

/** Calibration analytics, every aggregate computed in PostgreSQL (a fixed number of queries). */
export async function loadCalibration(dataSource: DataSource, actor: Actor, filter: AnalyticsFilterInput): Promise<CalibrationModel> {
  const scope = [actor.teamId, filter.from, filter.to, filter.kitId ?? null, actor.userId, actor.role === TeamRole.COORDINATOR];
  const interviewer = filter.interviewerId ?? null;
  const [calibrationRows, agreementRows, timeRows, teamRows, usageRows] = await Promise.all([
    dataSource.query<{
      interviewer: UserJson;
      competency_id: string;
      competency_name: string | null;
      ratings: number;
      mean_rating: number;
      panel_mean: number;
      deviation_sum: number;
      deviation_squares: number;
    }[]>(
      // A deviation is the interviewer's rating minus the mean of the rest of the panel on that session.
      `WITH ${RATED_UNITS}
       SELECT ${USER_JSON} AS interviewer, r.competency_id, cn.name AS competency_name, count(*)::int AS ratings,
              avg(r.level)::float AS mean_rating, avg((un.total - r.level) / (un.m - 1))::float AS panel_mean,
              sum(r.level - (un.total - r.level) / (un.m - 1))::float AS deviation_sum,
              sum((r.level - (un.total - r.level) / (un.m - 1)) ^ 2)::float AS deviation_squares
         FROM rated r
         JOIN unit un ON un.session_id = r.session_id AND un.competency_id = r.competency_id AND un.m >= 2
         JOIN app_user u ON u.id = r.interviewer_id
         LEFT JOIN competency_name cn ON cn.id = r.competency_id
        WHERE $7::uuid IS NULL OR r.interviewer_id = $7
        GROUP BY u.id, u.email, u.name, u.time_zone, r.competency_id, cn.name
        ORDER BY u.name, cn.name`,
      [...scope, interviewer],
    ),
    dataSource.query<{ competency_id: string; competency_name: string | null; units: number; pairable: number; within: number; value_sum: number; square_sum: number }[]>(
      `WITH ${RATED_UNITS}
       SELECT un.competency_id, cn.name AS competency_name, count(*)::int AS units, sum(un.m)::int AS pairable,
              sum(2 * (un.m * un.squares - un.total * un.total) / (un.m - 1))::float AS within,
              sum(un.total)::float AS value_sum, sum(un.squares)::float AS square_sum
         FROM unit un LEFT JOIN competency_name cn ON cn.id = un.competency_id
        WHERE un.m >= 2
        GROUP BY un.competency_id, cn.name
        ORDER BY cn.name`,
      scope,
    ),
    dataSource.query<{ interviewer: UserJson; submitted: number; median_hours: number }[]>(
      `SELECT ${USER_JSON} AS interviewer, count(*)::int AS submitted,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY ${HOURS_TO_SUBMIT_SQL})::float AS median_hours
         ${scorecardsInScope('JOIN app_user u ON u.id = sc.interviewer_id')}
          AND ($7::uuid IS NULL OR sc.interviewer_id = $7)
        GROUP BY u.id, u.email, u.name, u.time_zone
        ORDER BY median_hours DESC`,
      [...scope, interviewer],
    ),
    dataSource.query<{ submitted: number; median_hours: number | null }[]>(
      `SELECT count(*)::int AS submitted, percentile_cont(0.5) WITHIN GROUP (ORDER BY ${HOURS_TO_SUBMIT_SQL})::float AS median_hours
         ${scorecardsInScope()}`,
      scope,
    ),
    dataSource.query<{
      question_id: string;
      prompt: string;
      times_asked: number;
      ratings: number;
      mean_rating: number | null;
      decided_ratings: number;
      agreeing: number;
    }[]>(
      // Ratings are summed per session question first (so each asked question counts once
      // without a DISTINCT), and the prompt is joined only to the grouped questions.
      `WITH scale_mid AS (
         SELECT rv.id, (min((l->>'level')::int) + max((l->>'level')::int)) / 2.0 AS mid
           FROM rubric_version rv JOIN rubric rb ON rb.id = rv.rubric_id, jsonb_array_elements(rv.scale) l
          WHERE rb.team_id = $1
          GROUP BY rv.id
       ),
       question_rated AS (
         SELECT qr.session_question_id, count(qr.level)::int AS ratings, sum(qr.level)::float AS level_sum,
                count(*) FILTER (WHERE qr.level > m.mid)::int AS positive,
                count(*) FILTER (WHERE qr.level <= m.mid)::int AS negative
           ${scorecardsInScope('JOIN scorecard_question_rating qr ON qr.scorecard_id = sc.id LEFT JOIN scale_mid m ON m.id = sc.rubric_version_id')}
          GROUP BY qr.session_question_id
       ),
       usage AS (
         SELECT sq.question_id,
                count(*) FILTER (WHERE sq.asked_at IS NOT NULL)::int AS times_asked,
                coalesce(sum(qr.ratings), 0)::int AS ratings,
                (sum(qr.level_sum) / nullif(sum(qr.ratings), 0))::float AS mean_rating,
                coalesce(sum(qr.ratings) FILTER (WHERE d.decision IS NOT NULL), 0)::int AS decided_ratings,
                coalesce(sum(CASE WHEN d.positive THEN qr.positive ELSE qr.negative END) FILTER (WHERE d.decision IS NOT NULL), 0)::int AS agreeing
           FROM session_question sq
           JOIN interview_session s ON s.id = sq.session_id
           LEFT JOIN question_rated qr ON qr.session_question_id = sq.id
           LEFT JOIN LATERAL (
             SELECT dd.decision, dd.decision IN ('ADVANCE', 'READY') AS positive
               FROM debrief_decision dd WHERE dd.candidate_id = s.candidate_id
              ORDER BY dd.decided_at DESC LIMIT 1) d ON d.decision IN ('ADVANCE', 'READY', 'REJECT', 'NEEDS_PRACTICE')
          WHERE s.team_id = $1 AND s.starts_at >= $2 AND s.starts_at < $3 AND ($4::uuid IS NULL OR s.kit_id = $4)
          GROUP BY sq.question_id
         HAVING count(*) FILTER (WHERE sq.asked_at IS NOT NULL) > 0
       )
       SELECT u.question_id, rev.prompt, u.times_asked, u.ratings, u.mean_rating, u.decided_ratings, u.agreeing
         FROM usage u
         JOIN question q ON q.id = u.question_id
         JOIN question_revision rev ON rev.id = q.current_revision_id
        ORDER BY u.times_asked DESC, rev.prompt
        LIMIT 50`,
      scope,
    ),
  ]);

  return {
    minimums: { agreementUnits: MIN_AGREEMENT_UNITS, leniencyRatings: MIN_LENIENCY_RATINGS },
    interviewers: calibrationRows.map((row) => {
      const figure = leniencyFigure(row.ratings, row.deviation_sum, row.deviation_squares);

      return {
        interviewer: fromUserJson(row.interviewer),
        competencyId: row.competency_id,
        competencyName: row.competency_name ?? 'Removed competency',
        ratings: row.ratings,
        meanRating: row.mean_rating,
        panelMean: row.panel_mean,
        leniency: figure.leniency,
        leniencyLow: figure.interval?.low ?? null,
        leniencyHigh: figure.interval?.high ?? null,
        hasEnoughData: figure.isSufficient,
      };
    }),
    agreement: agreementRows.map((row) => ({
      competencyId: row.competency_id,
      competencyName: row.competency_name ?? 'Removed competency',
      units: row.units,
      pairableRatings: row.pairable,
      hasEnoughData: hasEnoughAgreementData(row.units),
      alpha: intervalAlpha({
        pairableValues: row.pairable,
        withinUnitDisagreement: row.within,
        valueSum: row.value_sum,
        valueSquareSum: row.square_sum,
      }),
    })),
    submissionTimes: timeRows.map((row) => ({ interviewer: fromUserJson(row.interviewer), submitted: row.submitted, medianHours: row.median_hours })),
    teamMedianHours: teamRows[0]?.median_hours ?? null,
    teamSubmitted: teamRows[0]?.submitted ?? 0,
    questionUsage: usageRows.map((row) => ({
      questionId: row.question_id,
      prompt: row.prompt,
      timesAsked: row.times_asked,
      ratings: row.ratings,
      meanRating: row.mean_rating,
      decidedRatings: row.decided_ratings,
      agreementWithDecision: row.decided_ratings ? row.agreeing / row.decided_ratings : null,
    })),
  };
}
