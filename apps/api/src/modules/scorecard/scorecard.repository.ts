import type { ScorecardContent } from '@panelwise/domain-scorecard';
import type { EntityManager } from 'typeorm';

import type { SqlRunner } from '@api/core/database/sql-runner';
import { updateReturning } from '@api/core/database/update-returning';
import { versionConflict } from '@api/core/database/version-conflict';

import { ScorecardQuestionRatingEntity, ScorecardRatingEntity } from './scorecard-rating.entity';
import type { ScorecardStatus } from './scorecard-status';

/** The scorecard module's SQL: scorecards, their ratings and amendments. */
export const scorecardRepository = {
  /** The caller's own scorecard of the team, or null (anyone else's is not theirs to see). */
  async ownedBy(db: SqlRunner, teamId: string, interviewerId: string, scorecardId: string): Promise<{ id: string; sessionId: string } | null> {
    const [row]: { id: string; session_id: string }[] = await db.query(
      `SELECT id, session_id FROM scorecard WHERE id = $1 AND team_id = $2 AND interviewer_id = $3`,
      [scorecardId, teamId, interviewerId],
    );

    return row ? { id: row.id, sessionId: row.session_id } : null;
  },

  /** The interviewer's scorecard of a session, locked for this transaction, or null. */
  async lockOwn(manager: EntityManager, sessionId: string, interviewerId: string) {
    const [row]: { id: string; status: ScorecardStatus; rubric_version_id: string }[] = await manager.query(
      `SELECT id, status, rubric_version_id FROM scorecard WHERE session_id = $1 AND interviewer_id = $2 FOR UPDATE`,
      [sessionId, interviewerId],
    );

    return row ?? null;
  },

  async insert(
    manager: EntityManager,
    scorecard: { teamId: string; sessionId: string; interviewerId: string; rubricVersionId: string },
    content: ScorecardContent,
  ): Promise<string> {
    // DO NOTHING, not a unique violation: the transaction stays usable to read what the other tab stored.
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO scorecard (team_id, session_id, interviewer_id, rubric_version_id, recommendation, summary)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING id`,
      [scorecard.teamId, scorecard.sessionId, scorecard.interviewerId, scorecard.rubricVersionId, content.recommendation, content.summary],
    );
    if (!row) {
      throw await versionConflict(
        manager,
        { table: 'scorecard', where: 'session_id = $1 AND interviewer_id = $2', parameters: [scorecard.sessionId, scorecard.interviewerId] },
        'This scorecard was started elsewhere meanwhile',
      );
    }

    return row.id;
  },

  async updateContent(manager: EntityManager, id: string, expectedVersion: number, content: ScorecardContent, status: ScorecardStatus): Promise<void> {
    const rows = await updateReturning<{ id: string }>(
      manager,
      `UPDATE scorecard SET recommendation = $1, summary = $2, version = version + 1, updated_at = now()
        WHERE id = $3 AND version = $4 AND status = $5 RETURNING id`,
      [content.recommendation, content.summary, id, expectedVersion, status],
    );
    if (!rows.length) {
      throw await versionConflict(manager, { table: 'scorecard', where: 'id = $1', parameters: [id] }, 'This scorecard was changed elsewhere since this edit began');
    }
  },

  async replaceRatings(manager: EntityManager, scorecardId: string, content: ScorecardContent): Promise<void> {
    await manager.delete(ScorecardRatingEntity, { scorecardId });
    await manager.delete(ScorecardQuestionRatingEntity, { scorecardId });
    const ratings = content.ratings.filter((rating) => rating.level !== null || rating.notAssessed || rating.evidence);
    if (ratings.length) {
      await manager.insert(
        ScorecardRatingEntity,
        ratings.map((rating) => ({ scorecardId, ...rating })),
      );
    }
    if (content.questionRatings.length) {
      await manager.insert(
        ScorecardQuestionRatingEntity,
        content.questionRatings.map((rating) => ({ scorecardId, ...rating })),
      );
    }
  },

  async markSubmitted(manager: EntityManager, id: string, expectedVersion: number): Promise<void> {
    const rows = await updateReturning(
      manager,
      `UPDATE scorecard SET status = 'SUBMITTED', submitted_at = now(), version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2 AND status = 'DRAFT' RETURNING id`,
      [id, expectedVersion],
    );
    if (!rows.length) {
      throw await versionConflict(manager, { table: 'scorecard', where: 'id = $1', parameters: [id] }, 'This scorecard changed since you last saved it');
    }
  },

  async insertAmendment(manager: EntityManager, amendment: { scorecardId: string; actorId: string; reason: string; previous: object }): Promise<void> {
    await manager.query(`INSERT INTO scorecard_amendment (scorecard_id, actor_id, reason, previous) VALUES ($1, $2, $3, $4)`, [
      amendment.scorecardId,
      amendment.actorId,
      amendment.reason,
      JSON.stringify(amendment.previous),
    ]);
  },

  /** How many of these interviewers have submitted their scorecard of the session. */
  async submittedCount(manager: EntityManager, sessionId: string, interviewerIds: string[]): Promise<number> {
    const [row]: { submitted: number }[] = await manager.query(
      `SELECT count(*)::int AS submitted FROM scorecard WHERE session_id = $1 AND interviewer_id = ANY($2::uuid[]) AND status = 'SUBMITTED'`,
      [sessionId, interviewerIds],
    );

    return row?.submitted ?? 0;
  },
};
