import type { DataSource } from 'typeorm';

import type { Actor } from '@api/core/auth/request-auth';
import { TeamRole } from '@api/core/auth/team-role';
import { fromUserJson, type UserJson, userJson } from '@api/core/database/user-json';
import type { UserModel } from '@api/core/graphql/user.model';
import type { Competency, ScaleLevel } from '@api/modules/rubric/rubric.types';

import { reviewedScorecards } from './candidate-review.read-model';

/** The rubric version a scorecard was scored on: its scale's labels and each competency's anchors. */
export type ScorecardRubric = { scale: ScaleLevel[]; competencies: Competency[] };

/** A submitted rating of one question the candidate was asked. */
export type ExportQuestionRating = {
  scorecardId: string;
  sessionId: string;
  interviewer: UserModel;
  sessionQuestionId: string;
  /** 1-based place of the question in the session. */
  position: number;
  prompt: string;
  level: number;
};

/** What the exports add to the review page's data: team, zone, scales and anchors, question ratings. */
export type ReviewExportDetails = {
  teamName: string;
  /** The zone the export's times are written in (beside UTC). */
  timeZone: string;
  rubricByScorecard: Map<string, ScorecardRubric>;
  questionRatings: ExportQuestionRating[];
};

/** Reads the export details under the same Rule 2 predicate as the review matrix. */
export async function loadReviewExportDetails(dataSource: DataSource, actor: Actor, candidateId: string): Promise<ReviewExportDetails> {
  const params = [actor.teamId, candidateId, actor.userId, actor.role === TeamRole.COORDINATOR];
  const [[team], rubricRows, questionRows] = await Promise.all([
    dataSource.query<{ name: string; time_zone: string }[]>(`SELECT name, time_zone FROM team WHERE id = $1`, [actor.teamId]),
    dataSource.query<{ scorecard_id: string; scale: ScaleLevel[]; competencies: Competency[] }[]>(
      `SELECT sc.id AS scorecard_id, rv.scale, rv.competencies
         ${reviewedScorecards('JOIN rubric_version rv ON rv.id = sc.rubric_version_id')}`,
      params,
    ),
    dataSource.query<
      { scorecard_id: string; session_id: string; interviewer: UserJson; session_question_id: string; position: number; prompt: string; level: number }[]
    >(
      `SELECT sc.id AS scorecard_id, sc.session_id, ${userJson()} AS interviewer, qr.session_question_id,
              sq.position + 1 AS position, qv.prompt, qr.level
         ${reviewedScorecards(`JOIN scorecard_question_rating qr ON qr.scorecard_id = sc.id
                               JOIN session_question sq ON sq.id = qr.session_question_id
                               JOIN question_revision qv ON qv.id = sq.revision_id`)}
        ORDER BY s.starts_at, u.name, sc.id, sq.position`,
      params,
    ),
  ]);

  return {
    teamName: team?.name ?? '',
    timeZone: team?.time_zone ?? 'UTC',
    rubricByScorecard: new Map(rubricRows.map((row) => [row.scorecard_id, { scale: row.scale, competencies: row.competencies }])),
    questionRatings: questionRows.map((row) => ({
      scorecardId: row.scorecard_id,
      sessionId: row.session_id,
      interviewer: fromUserJson(row.interviewer),
      sessionQuestionId: row.session_question_id,
      position: row.position,
      prompt: row.prompt,
      level: row.level,
    })),
  };
}
