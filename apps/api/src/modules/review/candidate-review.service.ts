import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AuditService } from '@api/core/audit/audit.service';
import type { Actor } from '@api/core/auth/request-auth';
import { DomainError } from '@api/core/domain-error';
import { CandidateService } from '@api/modules/candidate/candidate.service';
import { NotificationService } from '@api/modules/notification/notification.service';
import { loadSessions } from '@api/modules/scheduling/session.loader';
import { Recommendation } from '@api/modules/scorecard/scorecard-status';

import type { CandidateAwaitingDecisionModel, CandidateReviewModel } from './dto/review.model';
import type { NudgeInterviewerInput, RecordDecisionInput } from './dto/review.input';
import { loadReviewFigures } from './candidate-review.read-model';
import { loadAwaitingDecision, loadDecisions } from './debrief-decision.read-model';
import { loadOwedScorecard } from './owed-scorecard.read-model';

const AWAITING_DECISION_LIMIT = 100;

/** The coordinator's review of a candidate: the matrix of submitted scorecards, disagreements, decisions. */
@Injectable()
export class CandidateReviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly candidates: CandidateService,
    private readonly notifications: NotificationService,
  ) {}

  async review(actor: Actor, candidateId: string): Promise<CandidateReviewModel> {
    const candidate = await this.candidates.candidate(actor, candidateId);
    const [sessions, figures, decisions] = await Promise.all([
      loadSessions(this.dataSource, actor.teamId, 's.candidate_id = $2', [candidate.id]),
      loadReviewFigures(this.dataSource, actor, candidate.id),
      loadDecisions(this.dataSource, actor.teamId, [candidate.id]),
    ]);
    const recommends = figures.recommendations.map((entry) => entry.recommendation);

    return {
      candidate,
      sessions,
      ...figures,
      opposingRecommendations:
        recommends.some((value) => value === Recommendation.YES || value === Recommendation.STRONG_YES) &&
        recommends.some((value) => value === Recommendation.NO || value === Recommendation.STRONG_NO),
      decisions,
    };
  }

  async recordDecision(actor: Actor, input: RecordDecisionInput): Promise<CandidateReviewModel> {
    const candidate = await this.candidates.candidate(actor, input.candidateId);
    await this.dataSource.transaction(async (manager) => {
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO debrief_decision (team_id, candidate_id, decision, rationale, decided_by_id)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [actor.teamId, candidate.id, input.decision, input.rationale.trim(), actor.userId],
      );
      await this.audit.record(manager, {
        teamId: actor.teamId,
        actorId: actor.userId,
        action: 'debrief.decided',
        recordType: 'candidate',
        recordId: candidate.id,
        details: { decisionId: row?.id ?? null, decision: input.decision },
      });
    });

    return this.review(actor, candidate.id);
  }

  /** An in-app reminder to a panelist who owes a scorecard for one of the team's sessions. */
  async nudge(actor: Actor, input: NudgeInterviewerInput): Promise<boolean> {
    const owed = await loadOwedScorecard(this.dataSource, actor.teamId, input.sessionId, input.interviewerId);
    if (!owed) {
      throw new DomainError('NOT_FOUND', 'No scorecard is owed by this interviewer for this session', { field: 'interviewerId' });
    }
    await this.dataSource.transaction(async (manager) => {
      await this.notifications.notify(manager, actor.teamId, [input.interviewerId], {
        kind: 'SCORECARD_NUDGE',
        message: `Please submit your scorecard for ${owed.candidate_name}`,
        link: `/sessions/${input.sessionId}/scorecard`,
      });
      await this.audit.record(manager, {
        teamId: actor.teamId,
        actorId: actor.userId,
        action: 'scorecard.nudged',
        recordType: 'session',
        recordId: input.sessionId,
        details: { interviewerId: input.interviewerId },
      });
    });

    return true;
  }

  /** Candidates waiting for a debrief decision, the longest waiting first (at most 100). */
  awaitingDecision(actor: Actor): Promise<CandidateAwaitingDecisionModel[]> {
    return loadAwaitingDecision(this.dataSource, actor.teamId, AWAITING_DECISION_LIMIT);
  }
}
