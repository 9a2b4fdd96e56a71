import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AuditService } from '@api/core/audit/audit.service';
import type { Actor } from '@api/core/auth/request-auth';
import { updateReturning } from '@api/core/database/update-returning';

import { CandidateService } from './candidate.service';
import type { DeleteCandidateInput } from './dto/candidate.input';

export const DELETED_CANDIDATE_NAME = 'Deleted candidate';

/**
 * A privacy request: the candidate's personal data and everything written
 * about them (notes, evidence, summaries, rationales) goes; numeric ratings,
 * recommendations and decisions stay, anonymous, so team aggregates hold.
 * Their sessions still to come (or running) are cancelled to free the panel.
 */
@Injectable()
export class CandidatePrivacyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly candidates: CandidateService,
  ) {}

  async delete(actor: Actor, input: DeleteCandidateInput): Promise<boolean> {
    const candidate = await this.candidates.candidate(actor, input.candidateId);
    await this.dataSource.transaction(async (manager) => {
      const sessions = `SELECT id FROM interview_session WHERE candidate_id = $1`;
      await manager.query(
        `UPDATE candidate SET name = $2, email = NULL, target_role = NULL, notes = '', anonymised_at = now(),
                version = version + 1, updated_at = now()
          WHERE id = $1`,
        [candidate.id, DELETED_CANDIDATE_NAME],
      );
      await manager.query(`UPDATE session_note SET text = '', custom_follow_ups = '[]' WHERE session_id IN (${sessions})`, [candidate.id]);
      await manager.query(`UPDATE scorecard SET summary = '' WHERE session_id IN (${sessions})`, [candidate.id]);
      await manager.query(
        `UPDATE scorecard_rating SET evidence = '' WHERE scorecard_id IN (SELECT id FROM scorecard WHERE session_id IN (${sessions}))`,
        [candidate.id],
      );
      await manager.query(
        `UPDATE scorecard_amendment SET reason = '', previous = jsonb_build_object('recommendation', previous->'recommendation')
          WHERE scorecard_id IN (SELECT id FROM scorecard WHERE session_id IN (${sessions}))`,
        [candidate.id],
      );
      await manager.query(`UPDATE debrief_decision SET rationale = '' WHERE candidate_id = $1`, [candidate.id]);
      const cancelled = await updateReturning<{ id: string }>(
        manager,
        `UPDATE interview_session SET status = 'CANCELLED', sequence = sequence + 1, version = version + 1, updated_at = now()
          WHERE candidate_id = $1 AND status IN ('SCHEDULED', 'IN_PROGRESS') AND ends_at > now() RETURNING id`,
        [candidate.id],
      );
      if (cancelled.length) {
        const ids = cancelled.map((row) => row.id);
        await manager.query(`UPDATE session_panelist SET is_active = false WHERE session_id = ANY($1::uuid[])`, [ids]);
        await manager.query(
          `INSERT INTO session_event (session_id, actor_id, kind, reason) SELECT unnest($1::uuid[]), $2, 'CANCELLED', 'Candidate deleted'`,
          [ids, actor.userId],
        );
      }
      // Earlier trail entries about this candidate may quote what was just removed.
      await manager.query(`UPDATE audit_event SET details = '{}' WHERE record_type = 'candidate' AND record_id = $1`, [candidate.id]);
      await this.audit.record(manager, {
        teamId: actor.teamId,
        actorId: actor.userId,
        action: 'candidate.deleted',
        recordType: 'candidate',
        recordId: candidate.id,
        details: { reason: input.reason.trim(), cancelledSessions: cancelled.length },
      });
    });

    return true;
  }
}
