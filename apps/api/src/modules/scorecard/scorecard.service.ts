import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { draftProblems, type ScorecardContent, type ScorecardProblem, submissionProblems } from '@panelwise/domain-scorecard';

import { AuditService } from '@api/core/audit/audit.service';
import type { Actor } from '@api/core/auth/request-auth';
import { updateReturning } from '@api/core/database/update-returning';
import { versionConflict } from '@api/core/database/version-conflict';
import { DomainError, notFound } from '@api/core/domain-error';
import { SessionStatus } from '@api/core/session-status';
import { SessionActivityKind } from '@api/modules/live/session-activity';
import { SessionActivityPublisher } from '@api/modules/live/session-activity.publisher';
import { NotificationService } from '@api/modules/notification/notification.service';
import type { Competency, ScaleLevel } from '@api/modules/rubric/rubric.types';
import { SessionAccessService } from '@api/modules/scheduling/session-access.service';

import type { AmendScorecardInput, SaveScorecardInput, SubmitScorecardInput } from './dto/scorecard.input';
import type { ScorecardModel } from './dto/scorecard.model';
import { ScorecardQuestionRatingEntity, ScorecardRatingEntity } from './scorecard-rating.entity';
import { ScorecardStatus } from './scorecard-status';
import { loadScorecards } from './scorecard.query';

type ContentInput = Omit<SaveScorecardInput, 'sessionId' | 'expectedVersion'>;

const toContent = (input: ContentInput): ScorecardContent => ({
  ratings: input.ratings.map((rating) => ({
    competencyId: rating.competencyId,
    level: rating.level ?? null,
    notAssessed: rating.notAssessed,
    evidence: rating.evidence,
  })),
  questionRatings: input.questionRatings,
  recommendation: input.recommendation ?? null,
  summary: input.summary,
});

const problemsError = (problems: ScorecardProblem[], verb: string) =>
  new DomainError('BAD_USER_INPUT', `Cannot ${verb} this scorecard: ${problems.map((problem) => problem.message).join('; ')}`, {
    field: problems[0]?.field,
    problems,
  });

/**
 * Scorecards: drafts autosave with a version check (Rule 4); submission is
 * validated; changes after it are amendments with a reason. Reads go through
 * the visibility rule (Rule 2) in SQL.
 */
@Injectable()
export class ScorecardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: SessionAccessService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly activity: SessionActivityPublisher,
  ) {}

  async save(actor: Actor, input: SaveScorecardInput): Promise<ScorecardModel> {
    const { session } = await this.access.forPanelist(actor, input.sessionId, { allowShadow: true });
    if (![SessionStatus.IN_PROGRESS, SessionStatus.COMPLETED, SessionStatus.SCHEDULED].includes(session.status)) {
      throw new DomainError('CONFLICT', 'This session did not take place: there is nothing to score');
    }
    if (session.status === SessionStatus.SCHEDULED && session.startsAt > new Date()) {
      throw new DomainError('CONFLICT', 'Scorecards open when the session starts');
    }
    const content = toContent(input);
    const id = await this.dataSource.transaction(async (manager) => {
      const existing = await this.ownScorecard(manager, session.id, actor.userId);
      if (existing?.status === ScorecardStatus.SUBMITTED) {
        throw new DomainError('CONFLICT', 'This scorecard is submitted: amend it with a reason instead', {
          field: 'expectedVersion',
          reason: 'ALREADY_SUBMITTED',
        });
      }
      const rubric = existing ? await this.rubricVersion(manager, existing.rubric_version_id) : await this.currentRubric(manager, session.kitId);
      await this.assertContent(manager, session.id, rubric, content, draftProblems, 'save');
      let scorecardId: string;
      if (!existing) {
        if (input.expectedVersion !== 0) {
          throw new DomainError('CONFLICT', 'This scorecard no longer exists', { field: 'expectedVersion', currentVersion: 0 });
        }
        scorecardId = await this.insertScorecard(manager, actor, session.id, rubric.id, content);
      } else {
        scorecardId = await this.updateContent(manager, existing.id, input.expectedVersion, content, ScorecardStatus.DRAFT);
      }
      await this.replaceRatings(manager, scorecardId, content);

      return scorecardId;
    });

    return this.scorecard(actor, id);
  }

  async submit(actor: Actor, input: SubmitScorecardInput): Promise<ScorecardModel> {
    const owned = await this.owned(actor, input.scorecardId);
    const everyoneIn = await this.dataSource.transaction(async (manager) => {
      // One submission at a time per session, so exactly one of them sees the panel complete.
      await manager.query(`SELECT id FROM interview_session WHERE id = $1 FOR UPDATE`, [owned.sessionId]);
      const [current] = await loadScorecards(manager, actor.teamId, 'sc.id = $2', [owned.id]);
      if (!current || current.status === ScorecardStatus.SUBMITTED) {
        throw new DomainError('CONFLICT', 'This scorecard is already submitted', { reason: 'ALREADY_SUBMITTED' });
      }
      if (current.version !== input.expectedVersion) {
        throw new DomainError('CONFLICT', 'This scorecard changed since you last saved it', {
          field: 'expectedVersion',
          currentVersion: current.version,
        });
      }
      // A loaded scorecard carries both its rubric version and its content.
      const problems = submissionProblems(current, current);
      if (problems.length) {
        throw problemsError(problems, 'submit');
      }
      const rows = await updateReturning(
        manager,
        `UPDATE scorecard SET status = 'SUBMITTED', submitted_at = now(), version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 AND status = 'DRAFT' RETURNING id`,
        [owned.id, input.expectedVersion],
      );
      if (!rows.length) {
        throw await versionConflict(manager, { table: 'scorecard', where: 'id = $1', parameters: [owned.id] }, 'This scorecard changed since you last saved it');
      }
      await this.audit.record(manager, {
        teamId: actor.teamId,
        actorId: actor.userId,
        action: 'scorecard.submitted',
        recordType: 'scorecard',
        recordId: owned.id,
        // No ratings or recommendations in the trail: it is read outside the scoring-visibility rule.
        details: { sessionId: owned.sessionId },
      });

      return this.notifyWhenPanelComplete(manager, actor.teamId, owned.sessionId);
    });
    await this.activity.publish(SessionActivityKind.SCORECARD_SUBMITTED, owned.sessionId, actor.userId);
    if (everyoneIn) {
      await this.activity.publish(SessionActivityKind.SCORECARDS_REVEALED, owned.sessionId, null);
    }

    return this.scorecard(actor, owned.id);
  }

  async amend(actor: Actor, input: AmendScorecardInput): Promise<ScorecardModel> {
    const owned = await this.owned(actor, input.scorecardId);
    const content = toContent(input);
    await this.dataSource.transaction(async (manager) => {
      const [current] = await loadScorecards(manager, actor.teamId, 'sc.id = $2', [owned.id]);
      if (!current || current.status !== ScorecardStatus.SUBMITTED) {
        throw new DomainError('CONFLICT', 'Only a submitted scorecard is amended; save the draft instead', { reason: 'NOT_SUBMITTED' });
      }
      await this.assertContent(manager, owned.sessionId, current, content, submissionProblems, 'amend');
      await this.updateContent(manager, owned.id, input.expectedVersion, content, ScorecardStatus.SUBMITTED);
      await this.replaceRatings(manager, owned.id, content);
      const previous = {
        recommendation: current.recommendation,
        summary: current.summary,
        ratings: current.ratings.map((rating) => ({ ...rating })),
        questionRatings: current.questionRatings.map((rating) => ({ ...rating })),
      };
      await manager.query(`INSERT INTO scorecard_amendment (scorecard_id, actor_id, reason, previous) VALUES ($1, $2, $3, $4)`, [
        owned.id,
        actor.userId,
        input.reason.trim(),
        JSON.stringify(previous),
      ]);
      await this.audit.record(manager, {
        teamId: actor.teamId,
        actorId: actor.userId,
        action: 'scorecard.amended',
        recordType: 'scorecard',
        recordId: owned.id,
        details: { sessionId: owned.sessionId, reason: input.reason.trim() },
      });
    });

    return this.scorecard(actor, owned.id);
  }

  /** When the last lead or co-interviewer submits: tell the coordinators; returns whether that happened. */
  private async notifyWhenPanelComplete(manager: EntityManager, teamId: string, sessionId: string): Promise<boolean> {
    const [status]: { missing: number; submitted: number; candidate_id: string; candidate_name: string }[] = await manager.query(
      `SELECT count(*) FILTER (WHERE sc.status IS DISTINCT FROM 'SUBMITTED')::int AS missing,
              count(*) FILTER (WHERE sc.status = 'SUBMITTED')::int AS submitted,
              c.id AS candidate_id, c.name AS candidate_name
         FROM session_panelist p
         JOIN interview_session s ON s.id = p.session_id
         JOIN candidate c ON c.id = s.candidate_id
         LEFT JOIN scorecard sc ON sc.session_id = p.session_id AND sc.interviewer_id = p.user_id
        WHERE p.session_id = $1 AND p.role <> 'SHADOW'
        GROUP BY c.id, c.name`,
      [sessionId],
    );
    if (!status || status.missing > 0) {
      return false;
    }
    await this.notifications.notifyCoordinators(manager, teamId, {
      kind: 'SCORECARDS_COMPLETE',
      message: `All ${status.submitted} scorecards are in for ${status.candidate_name}`,
      link: `/candidates/${status.candidate_id}`,
    });

    return true;
  }

  private async scorecard(actor: Actor, id: string): Promise<ScorecardModel> {
    const [scorecard] = await loadScorecards(this.dataSource, actor.teamId, 'sc.id = $2', [id]);
    if (!scorecard) {
      throw notFound('Scorecard');
    }

    return scorecard;
  }

  /** The caller's own scorecard; anyone else's is "not found", whatever its status. */
  private async owned(actor: Actor, scorecardId: string): Promise<{ id: string; sessionId: string }> {
    const [row]: { id: string; session_id: string }[] = await this.dataSource.query(
      `SELECT id, session_id FROM scorecard WHERE id = $1 AND team_id = $2 AND interviewer_id = $3`,
      [scorecardId, actor.teamId, actor.userId],
    );
    if (!row) {
      throw notFound('Scorecard');
    }

    return { id: row.id, sessionId: row.session_id };
  }

  private async ownScorecard(manager: EntityManager, sessionId: string, userId: string) {
    const [row]: { id: string; status: ScorecardStatus; rubric_version_id: string }[] = await manager.query(
      `SELECT id, status, rubric_version_id FROM scorecard WHERE session_id = $1 AND interviewer_id = $2 FOR UPDATE`,
      [sessionId, userId],
    );

    return row ?? null;
  }

  private async currentRubric(manager: EntityManager, kitId: string): Promise<RubricVersion> {
    const [row]: RubricVersion[] = await manager.query(
      `SELECT DISTINCT ON (rv.rubric_id) rv.id, rv.scale, rv.competencies
         FROM interview_kit k JOIN rubric_version rv ON rv.rubric_id = k.rubric_id
        WHERE k.id = $1 ORDER BY rv.rubric_id, rv.version DESC`,
      [kitId],
    );
    if (!row) {
      throw new DomainError('NOT_FOUND', 'The kit\u2019s rubric has no version');
    }

    return row;
  }

  private async rubricVersion(manager: EntityManager, id: string): Promise<RubricVersion> {
    const [row]: RubricVersion[] = await manager.query(`SELECT id, scale, competencies FROM rubric_version WHERE id = $1`, [id]);

    return row;
  }

  private async assertContent(
    manager: EntityManager,
    sessionId: string,
    rubric: { scale: ScaleLevel[]; competencies: Competency[] },
    content: ScorecardContent,
    check: typeof draftProblems,
    verb: string,
  ): Promise<void> {
    const problems = check(rubric, content);
    const questionIds = content.questionRatings.map((rating) => rating.sessionQuestionId);
    if (questionIds.length) {
      const known: { id: string }[] = await manager.query(
        `SELECT id FROM session_question WHERE session_id = $1 AND id = ANY($2::uuid[])`,
        [sessionId, questionIds],
      );
      const knownIds = new Set(known.map((row) => row.id));
      for (const id of questionIds.filter((questionId) => !knownIds.has(questionId))) {
        problems.push({ field: `questionRatings.${id}`, message: 'This question is not part of the session' });
      }
    }
    if (problems.length) {
      throw problemsError(problems, verb);
    }
  }

  private async insertScorecard(
    manager: EntityManager,
    actor: Actor,
    sessionId: string,
    rubricVersionId: string,
    content: ScorecardContent,
  ): Promise<string> {
    // DO NOTHING, not a unique violation: the transaction stays usable to read what the other tab stored.
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO scorecard (team_id, session_id, interviewer_id, rubric_version_id, recommendation, summary)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING id`,
      [actor.teamId, sessionId, actor.userId, rubricVersionId, content.recommendation, content.summary],
    );
    if (!row) {
      throw await versionConflict(
        manager,
        { table: 'scorecard', where: 'session_id = $1 AND interviewer_id = $2', parameters: [sessionId, actor.userId] },
        'This scorecard was started elsewhere meanwhile',
      );
    }

    return row.id;
  }

  private async updateContent(
    manager: EntityManager,
    id: string,
    expectedVersion: number,
    content: ScorecardContent,
    status: ScorecardStatus,
  ): Promise<string> {
    const rows = await updateReturning<{ id: string }>(
      manager,
      `UPDATE scorecard SET recommendation = $1, summary = $2, version = version + 1, updated_at = now()
        WHERE id = $3 AND version = $4 AND status = $5 RETURNING id`,
      [content.recommendation, content.summary, id, expectedVersion, status],
    );
    if (!rows.length) {
      throw await versionConflict(manager, { table: 'scorecard', where: 'id = $1', parameters: [id] }, 'This scorecard was changed elsewhere since this edit began');
    }

    return id;
  }

  private async replaceRatings(manager: EntityManager, scorecardId: string, content: ScorecardContent): Promise<void> {
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
  }
}

type RubricVersion = { id: string; scale: ScaleLevel[]; competencies: Competency[] };
