import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { draftProblems, type ScorecardContent, type ScorecardProblem, submissionProblems } from '@panelwise/domain-scorecard';

import { AuditService } from '@api/core/audit/audit.service';
import type { Actor } from '@api/core/auth/request-auth';
import { DomainError, notFound } from '@api/core/domain-error';
import { SessionStatus } from '@api/core/session-status';
import { SessionActivityKind } from '@api/modules/live/session-activity';
import { SessionActivityPublisher } from '@api/modules/live/session-activity.publisher';
import { NotificationService } from '@api/modules/notification/notification.service';
import type { Competency, ScaleLevel } from '@api/modules/rubric/rubric.types';
import { candidateRepository } from '@api/modules/candidate/candidate.repository';
import { kitRepository } from '@api/modules/kit/kit.repository';
import { rubricRepository, type RubricVersionRow } from '@api/modules/rubric/rubric.repository';
import { SessionAccessService } from '@api/modules/scheduling/session-access.service';
import { sessionRepository } from '@api/modules/scheduling/session.repository';

import type { AmendScorecardInput, SaveScorecardInput, SubmitScorecardInput } from './dto/scorecard.input';
import type { ScorecardModel } from './dto/scorecard.model';
import { ScorecardStatus } from './scorecard-status';
import { scorecardRepository } from './scorecard.repository';
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
      const existing = await scorecardRepository.lockOwn(manager, session.id, actor.userId);
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
        scorecardId = await scorecardRepository.insert(
          manager,
          { teamId: actor.teamId, sessionId: session.id, interviewerId: actor.userId, rubricVersionId: rubric.id },
          content,
        );
      } else {
        scorecardId = existing.id;
        await scorecardRepository.updateContent(manager, scorecardId, input.expectedVersion, content, ScorecardStatus.DRAFT);
      }
      await scorecardRepository.replaceRatings(manager, scorecardId, content);

      return scorecardId;
    });

    return this.scorecard(actor, id);
  }

  async submit(actor: Actor, input: SubmitScorecardInput): Promise<ScorecardModel> {
    const owned = await this.owned(actor, input.scorecardId);
    const everyoneIn = await this.dataSource.transaction(async (manager) => {
      // One submission at a time per session, so exactly one of them sees the panel complete.
      await sessionRepository.lock(manager, owned.sessionId);
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
      await scorecardRepository.markSubmitted(manager, owned.id, input.expectedVersion);
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
      await scorecardRepository.updateContent(manager, owned.id, input.expectedVersion, content, ScorecardStatus.SUBMITTED);
      await scorecardRepository.replaceRatings(manager, owned.id, content);
      const previous = {
        recommendation: current.recommendation,
        summary: current.summary,
        ratings: current.ratings.map((rating) => ({ ...rating })),
        questionRatings: current.questionRatings.map((rating) => ({ ...rating })),
      };
      await scorecardRepository.insertAmendment(manager, { scorecardId: owned.id, actorId: actor.userId, reason: input.reason.trim(), previous });
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
    const panel = await sessionRepository.scoringPanel(manager, sessionId);
    if (!panel) {
      return false;
    }
    const submitted = await scorecardRepository.submittedCount(manager, sessionId, panel.userIds);
    if (submitted < panel.userIds.length) {
      return false;
    }
    const candidateName = await candidateRepository.nameOf(manager, panel.candidateId);
    await this.notifications.notifyCoordinators(manager, teamId, {
      kind: 'SCORECARDS_COMPLETE',
      message: `All ${submitted} scorecards are in for ${candidateName ?? 'the candidate'}`,
      link: `/candidates/${panel.candidateId}`,
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
    const owned = await scorecardRepository.ownedBy(this.dataSource, actor.teamId, actor.userId, scorecardId);
    if (!owned) {
      throw notFound('Scorecard');
    }

    return owned;
  }

  private async currentRubric(manager: EntityManager, kitId: string): Promise<RubricVersionRow> {
    const rubricId = await kitRepository.rubricIdOf(manager, kitId);
    const version = rubricId ? await rubricRepository.latestVersion(manager, rubricId) : null;
    if (!version) {
      throw new DomainError('NOT_FOUND', 'The kit\u2019s rubric has no version');
    }

    return version;
  }

  private async rubricVersion(manager: EntityManager, id: string): Promise<RubricVersionRow> {
    const version = await rubricRepository.version(manager, id);
    if (!version) {
      throw new DomainError('NOT_FOUND', 'The scorecard\u2019s rubric version is gone');
    }

    return version;
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
      const knownIds = await sessionRepository.planQuestionIds(manager, sessionId, questionIds);
      for (const id of questionIds.filter((questionId) => !knownIds.has(questionId))) {
        problems.push({ field: `questionRatings.${id}`, message: 'This question is not part of the session' });
      }
    }
    if (problems.length) {
      throw problemsError(problems, verb);
    }
  }

}
