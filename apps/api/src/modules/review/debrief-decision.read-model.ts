import type { DataSource, EntityManager } from 'typeorm';

import { fromUserJson, type UserJson, userJson } from '@api/core/database/user-json';
import type { CandidateModel } from '@api/modules/candidate/dto/candidate.model';

import type { DebriefDecisionModel } from '@api/modules/review/dto/review.model';

type CandidateJson = {
  id: string;
  name: string;
  email: string | null;
  target_role: string | null;
  notes: string;
  version: number;
  created_at: string;
  updated_at: string;
};

export type CandidateDecision = DebriefDecisionModel & { candidateId: string };

/** The team's decisions on these candidates, newest first per candidate. */
export async function loadDecisions(
  dataSource: DataSource | EntityManager,
  teamId: string,
  candidateIds: readonly string[],
): Promise<CandidateDecision[]> {
  const rows: {
    id: string;
    candidate_id: string;
    decision: DebriefDecisionModel['decision'];
    rationale: string;
    decided_at: Date;
    user: UserJson | null;
  }[] = await dataSource.query(
    `SELECT d.id, d.candidate_id, d.decision, d.rationale, d.decided_at,
            CASE WHEN u.id IS NULL THEN NULL
                 ELSE ${userJson()} END AS user
       FROM debrief_decision d LEFT JOIN app_user u ON u.id = d.decided_by_id
      WHERE d.team_id = $1 AND d.candidate_id = ANY($2::uuid[])
      ORDER BY d.decided_at DESC, d.id`,
    [teamId, [...candidateIds]],
  );

  return rows.map((row) => ({
    id: row.id,
    candidateId: row.candidate_id,
    decision: row.decision,
    rationale: row.rationale,
    decidedAt: row.decided_at,
    decidedBy: row.user ? fromUserJson(row.user) : null,
  }));
}

export type AwaitingDecisionRow = {
  candidate: CandidateModel;
  lastCompletedAt: Date;
  submittedScorecards: number;
  pendingScorecards: number;
};

/**
 * Candidates with a completed session and at least one submitted scorecard on
 * it, and no decision recorded since their latest completed session; the
 * longest waiting first.
 */
export async function loadAwaitingDecision(dataSource: DataSource | EntityManager, teamId: string, limit: number): Promise<AwaitingDecisionRow[]> {
  const rows: { candidate: CandidateJson; last_completed_at: Date; submitted: number; pending: number }[] = await dataSource.query(
    `WITH done AS (
       SELECT s.candidate_id, max(coalesce(s.completed_at, s.ends_at)) AS last_completed_at
         FROM interview_session s
        WHERE s.team_id = $1 AND s.status = 'COMPLETED'
        GROUP BY s.candidate_id
     ), owed AS (
       SELECT s.candidate_id,
              count(*) FILTER (WHERE sc.status = 'SUBMITTED')::int AS submitted,
              count(*) FILTER (WHERE sc.status IS DISTINCT FROM 'SUBMITTED')::int AS pending
         FROM interview_session s
         JOIN session_panelist p ON p.session_id = s.id AND p.role <> 'SHADOW'
         LEFT JOIN scorecard sc ON sc.session_id = s.id AND sc.interviewer_id = p.user_id
        WHERE s.team_id = $1 AND s.status = 'COMPLETED'
        GROUP BY s.candidate_id
     )
     SELECT to_jsonb(c) AS candidate, done.last_completed_at, owed.submitted, owed.pending
       FROM done
       JOIN owed ON owed.candidate_id = done.candidate_id AND owed.submitted > 0
       JOIN candidate c ON c.id = done.candidate_id AND c.anonymised_at IS NULL
      WHERE NOT EXISTS (SELECT 1 FROM debrief_decision d
                         WHERE d.team_id = $1 AND d.candidate_id = done.candidate_id AND d.decided_at >= done.last_completed_at)
      ORDER BY done.last_completed_at, done.candidate_id
      LIMIT $2`,
    [teamId, limit],
  );

  return rows.map((row) => ({
    candidate: {
      id: row.candidate.id,
      name: row.candidate.name,
      email: row.candidate.email,
      targetRole: row.candidate.target_role,
      notes: row.candidate.notes,
      version: row.candidate.version,
      createdAt: new Date(row.candidate.created_at),
      updatedAt: new Date(row.candidate.updated_at),
    },
    lastCompletedAt: row.last_completed_at,
    submittedScorecards: row.submitted,
    pendingScorecards: row.pending,
  }));
}
