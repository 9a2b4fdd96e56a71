import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { JsonObject } from '@panelwise/shared-util';

import { AuditService } from '@api/core/audit/audit.service';

import { SessionEventEntity } from './session-event.entity';
import { type SessionChange, SessionInvitationsService } from './session-invitations.service';

/** Session events the panel hears about by email, with a calendar update. */
const INVITATION_CHANGES = new Set<string>(['SCHEDULED', 'RESCHEDULED', 'CANCELLED']);

/**
 * Who books or changes a session: a team member, or a candidate acting through
 * their scheduling link (no user; `label` names them in the history).
 */
export type SessionActor = { teamId: string; userId: string | null; label?: string };

/** Told of a booking, move or cancellation inside its transaction (e.g. to mail the candidate). */
export type SessionChangeListener = (
  manager: EntityManager,
  change: { teamId: string; sessionId: string; kind: SessionChange; actor: SessionActor; details: JsonObject },
) => Promise<void>;

/** A session's history: each change recorded, audited, mailed to the panel and told to listeners, in the change's transaction. */
@Injectable()
export class SessionHistoryService {
  private readonly changeListeners: SessionChangeListener[] = [];

  constructor(
    private readonly audit: AuditService,
    private readonly invitations: SessionInvitationsService,
  ) {}

  /** Modules that must act on session changes register here, so scheduling never imports them. */
  onSessionChange(listener: SessionChangeListener): void {
    this.changeListeners.push(listener);
  }

  async record(
    manager: EntityManager,
    actor: SessionActor,
    sessionId: string,
    kind: string,
    reason: string | null,
    recorded: JsonObject,
  ): Promise<void> {
    const details: JsonObject = actor.label ? { ...recorded, actorLabel: actor.label } : recorded;
    await manager.save(SessionEventEntity, { sessionId, actorId: actor.userId, kind, reason, details });
    await this.audit.record(manager, {
      teamId: actor.teamId,
      actorId: actor.userId,
      action: `session.${kind.toLowerCase()}`,
      recordType: 'session',
      recordId: sessionId,
      details: { ...details, ...(reason ? { reason } : {}) },
    });
    if (INVITATION_CHANGES.has(kind)) {
      await this.invitations.sessionChanged(manager, actor.teamId, sessionId, kind as SessionChange);
      for (const listener of this.changeListeners) {
        await listener(manager, { teamId: actor.teamId, sessionId, kind: kind as SessionChange, actor, details });
      }
    }
  }
}
