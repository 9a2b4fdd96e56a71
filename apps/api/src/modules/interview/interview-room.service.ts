import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { Actor } from '@api/core/auth/request-auth';
import { isUniqueViolation } from '@api/core/database/postgres-errors';
import { updateReturning } from '@api/core/database/update-returning';
import { DomainError, notFound } from '@api/core/domain-error';
import { SessionActivityKind } from '@api/modules/live/session-activity';
import { SessionActivityPublisher } from '@api/modules/live/session-activity.publisher';
import { questionBankRepository } from '@api/modules/question/question-bank.repository';
import { SessionAccessService } from '@api/modules/scheduling/session-access.service';
import { SessionStatus } from '@api/core/session-status';

import type { SessionQuestionModel } from './dto/interview.model';
import type { AddQuestionToSessionInput, MarkQuestionAskedInput, SkipQuestionInput } from './dto/interview.input';
import { loadSessionPlans } from './session-plan.query';


/** The panel's shared view of a running interview: which questions were asked, skipped or added. */
@Injectable()
export class InterviewRoomService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: SessionAccessService,
    private readonly activity: SessionActivityPublisher,
  ) {}

  async markAsked(actor: Actor, input: MarkQuestionAskedInput): Promise<SessionQuestionModel> {
    const sessionId = await this.runningSessionOf(actor, input.sessionQuestionId);
    // Asking pins the revision current at that moment: the one the candidate actually heard.
    const changed = input.asked
      ? await updateReturning(
          this.dataSource.manager,
          `UPDATE session_question sq SET asked_at = now(), asked_by_id = $2, skipped_at = NULL,
                  revision_id = coalesce(q.current_revision_id, sq.revision_id)
             FROM question q WHERE sq.id = $1 AND q.id = sq.question_id AND sq.asked_at IS NULL RETURNING sq.id`,
          [input.sessionQuestionId, actor.userId],
        )
      : await updateReturning(
          this.dataSource.manager,
          `UPDATE session_question SET asked_at = NULL, asked_by_id = NULL WHERE id = $1 AND asked_at IS NOT NULL RETURNING id`,
          [input.sessionQuestionId],
        );
    if (changed.length) {
      const kind = input.asked ? SessionActivityKind.QUESTION_ASKED : SessionActivityKind.QUESTION_UNASKED;
      await this.activity.publish(kind, sessionId, actor.userId, input.sessionQuestionId);
    }

    return this.sessionQuestion(actor, sessionId, input.sessionQuestionId);
  }

  async skip(actor: Actor, input: SkipQuestionInput): Promise<SessionQuestionModel> {
    const sessionId = await this.runningSessionOf(actor, input.sessionQuestionId);
    const changed = await updateReturning(
      this.dataSource.manager,
      input.skipped
        ? `UPDATE session_question SET skipped_at = now() WHERE id = $1 AND skipped_at IS NULL AND asked_at IS NULL RETURNING id`
        : `UPDATE session_question SET skipped_at = NULL WHERE id = $1 AND skipped_at IS NOT NULL RETURNING id`,
      [input.sessionQuestionId],
    );
    if (changed.length) {
      const kind = input.skipped ? SessionActivityKind.QUESTION_SKIPPED : SessionActivityKind.QUESTION_UNSKIPPED;
      await this.activity.publish(kind, sessionId, actor.userId, input.sessionQuestionId);
    }

    return this.sessionQuestion(actor, sessionId, input.sessionQuestionId);
  }

  /** Adds a bank question at the end of the plan; adding one already in the plan is a conflict. */
  async addQuestion(actor: Actor, input: AddQuestionToSessionInput): Promise<SessionQuestionModel> {
    const { session } = await this.access.forPanelist(actor, input.sessionId);
    assertOpen(session.status);
    const question = await questionBankRepository.currentRevisionOf(this.dataSource.manager, actor.teamId, input.questionId);
    if (!question?.current_revision_id) {
      throw new DomainError('NOT_FOUND', 'Question not found', { field: 'questionId' });
    }
    if (question.retired_at) {
      throw new DomainError('BAD_USER_INPUT', 'This question was retired from its guide', { field: 'questionId' });
    }
    let id: string;
    try {
      id = await this.dataSource.transaction(async (manager) => {
        // Serialises concurrent additions so positions stay unique.
        await manager.query(`SELECT id FROM interview_session WHERE id = $1 FOR UPDATE`, [session.id]);

        return this.insertAtEnd(manager, actor, session.id, input, question.current_revision_id as string);
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError('CONFLICT', 'This question is already in the session', { field: 'questionId' });
      }
      throw error;
    }
    await this.activity.publish(SessionActivityKind.QUESTION_ADDED, session.id, actor.userId, id);

    return this.sessionQuestion(actor, session.id, id);
  }

  private async insertAtEnd(
    manager: EntityManager,
    actor: Actor,
    sessionId: string,
    input: AddQuestionToSessionInput,
    revisionId: string,
  ): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO session_question (session_id, question_id, revision_id, position, planned_minutes, added_by_id)
       SELECT $1, $2, $3, coalesce(max(position), -1) + 1, $4, $5 FROM session_question WHERE session_id = $1
       RETURNING id`,
      [sessionId, input.questionId, revisionId, input.plannedMinutes, actor.userId],
    );

    return (row).id;
  }

  /** The session of a plan question, checked to be running and run by the caller's panel. */
  private async runningSessionOf(actor: Actor, sessionQuestionId: string): Promise<string> {
    const [row]: { session_id: string }[] = await this.dataSource.query(
      `SELECT sq.session_id FROM session_question sq JOIN interview_session s ON s.id = sq.session_id
        WHERE sq.id = $1 AND s.team_id = $2`,
      [sessionQuestionId, actor.teamId],
    );
    if (!row) {
      throw notFound('Session question');
    }
    const { session } = await this.access.forPanelist(actor, row.session_id);
    if (session.status !== SessionStatus.IN_PROGRESS) {
      throw new DomainError('CONFLICT', 'Start the session before marking questions', { reason: 'SESSION_NOT_STARTED' });
    }

    return session.id;
  }

  private async sessionQuestion(actor: Actor, sessionId: string, id: string): Promise<SessionQuestionModel> {
    const [question] = await loadSessionPlans(this.dataSource, actor.teamId, [sessionId], id);
    if (!question) {
      throw notFound('Session question');
    }

    return question;
  }
}

function assertOpen(status: SessionStatus): void {
  if (status !== SessionStatus.SCHEDULED && status !== SessionStatus.IN_PROGRESS) {
    throw new DomainError('CONFLICT', `This session is ${status.toLowerCase().replace('_', '-')}: its plan is closed`);
  }
}
