import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { JsonObject } from '@panelwise/shared-util';

import type { Actor } from '@api/core/auth/request-auth';
import { updateReturning } from '@api/core/database/update-returning';
import { DomainError } from '@api/core/domain-error';
import { SessionStatus } from '@api/core/session-status';
import { SessionActivityKind } from '@api/modules/live/session-activity';
import { SessionActivityPublisher } from '@api/modules/live/session-activity.publisher';

import type { SessionModel } from './dto/session.model';
import type { CancelSessionInput, MarkNoShowInput } from './dto/session.input';
import { InterviewSessionEntity } from './interview-session.entity';
import { SessionAccessService } from './session-access.service';
import { type SessionActor, SessionHistoryService } from './session-history.service';
import { SessionPanelistEntity } from './session-panelist.entity';
import { SessionService } from './session.service';

/** How early the panel may open the room: a session started days ahead would make scorecards due early. */
const EARLIEST_START_MINUTES = 30;

/** A session's life after booking: started, completed, cancelled or marked no-show. */
@Injectable()
export class SessionLifecycleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reads: SessionService,
    private readonly access: SessionAccessService,
    private readonly activity: SessionActivityPublisher,
    private readonly history: SessionHistoryService,
  ) {}

  /** Opens the room. Starting a session that is already running is a no-op, so two panelists may both press Start. */
  async start(actor: Actor, sessionId: string): Promise<SessionModel> {
    const { session } = await this.access.forPanelistOrCoordinator(actor, sessionId);
    if (session.status === SessionStatus.SCHEDULED && session.startsAt.getTime() - Date.now() > EARLIEST_START_MINUTES * 60_000) {
      throw new DomainError('CONFLICT', `A session opens ${EARLIEST_START_MINUTES} minutes before it starts`, { reason: 'TOO_EARLY' });
    }
    if (session.status === SessionStatus.SCHEDULED) {
      const started = await this.dataSource.transaction(async (manager) => {
        const rows = await updateReturning(
          manager,
          `UPDATE interview_session SET status = 'IN_PROGRESS', started_at = now(), version = version + 1, updated_at = now()
            WHERE id = $1 AND status = 'SCHEDULED' RETURNING id`,
          [session.id],
        );
        if (rows.length) {
          await this.history.record(manager, actor, session.id, 'STARTED', null, {});
        }

        return rows.length > 0;
      });
      if (started) {
        await this.activity.publish(SessionActivityKind.SESSION_STARTED, session.id, actor.userId);
      }
    } else if (session.status !== SessionStatus.IN_PROGRESS) {
      throw new DomainError('CONFLICT', `This session is ${session.status.toLowerCase().replace('_', '-')} and cannot start`);
    }

    return this.reads.session(actor, session.id);
  }

  async complete(actor: Actor, sessionId: string): Promise<SessionModel> {
    const { session } = await this.access.forPanelistOrCoordinator(actor, sessionId);
    if (session.status === SessionStatus.COMPLETED) {
      return this.reads.session(actor, session.id);
    }
    if (session.status !== SessionStatus.IN_PROGRESS) {
      throw new DomainError('CONFLICT', 'Start the session before completing it');
    }
    await this.dataSource.transaction(async (manager) => {
      const rows = await updateReturning(
        manager,
        `UPDATE interview_session SET status = 'COMPLETED', completed_at = now(), version = version + 1, updated_at = now()
          WHERE id = $1 AND status = 'IN_PROGRESS' RETURNING id`,
        [session.id],
      );
      if (rows.length) {
        await this.history.record(manager, actor, session.id, 'COMPLETED', null, {});
      }
    });
    await this.activity.publish(SessionActivityKind.SESSION_COMPLETED, session.id, actor.userId);

    return this.reads.session(actor, session.id);
  }

  async cancel(actor: Actor, input: CancelSessionInput): Promise<SessionModel> {
    const session = await this.reads.activeSession(actor, input.sessionId);

    return this.endSession(actor, session, SessionStatus.CANCELLED, 'CANCELLED', input.reason, {});
  }

  async markNoShow(actor: Actor, input: MarkNoShowInput): Promise<SessionModel> {
    if (input.party === 'INTERVIEWER' && !input.userId) {
      throw new DomainError('BAD_USER_INPUT', 'Name the interviewer who did not show', { field: 'userId' });
    }
    const session = await this.reads.activeSession(actor, input.sessionId);
    if (input.userId) {
      const onPanel: unknown[] = await this.dataSource.query(`SELECT 1 FROM session_panelist WHERE session_id = $1 AND user_id = $2`, [
        session.id,
        input.userId,
      ]);
      if (!onPanel.length) {
        throw new DomainError('BAD_USER_INPUT', 'Only an interviewer on this panel can be marked as not showing', { field: 'userId' });
      }
    }

    return this.endSession(actor, session, SessionStatus.NO_SHOW, 'NO_SHOW', input.reason || null, {
      party: input.party,
      ...(input.userId ? { userId: input.userId } : {}),
    });
  }

  private async endSession(
    actor: Actor,
    session: InterviewSessionEntity,
    status: SessionStatus,
    kind: string,
    reason: string | null,
    details: JsonObject,
  ): Promise<SessionModel> {
    await this.dataSource.transaction((manager) => this.endSessionIn(manager, actor, session, status, kind, reason, details));

    return this.reads.session(actor, session.id);
  }

  /** Cancels or closes a session inside the caller's transaction, freeing the panel's time. */
  async endSessionIn(
    manager: EntityManager,
    actor: SessionActor,
    session: Pick<InterviewSessionEntity, 'id' | 'sequence' | 'version'>,
    status: SessionStatus,
    kind: string,
    reason: string | null,
    details: JsonObject,
  ): Promise<void> {
    await manager.update(InterviewSessionEntity, { id: session.id }, {
      status,
      sequence: session.sequence + 1,
      version: session.version + 1,
    });
    // Frees the panel's time: inactive rows are outside the exclusion constraint.
    await manager.update(SessionPanelistEntity, { sessionId: session.id }, { isActive: false });
    await this.history.record(manager, actor, session.id, kind, reason, details);
  }
}
