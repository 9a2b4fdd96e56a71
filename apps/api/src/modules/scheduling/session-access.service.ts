import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { Actor } from '@api/core/auth/request-auth';
import { TeamRole } from '@api/core/auth/team-role';
import { DomainError, notFound } from '@api/core/domain-error';

import { InterviewSessionEntity } from './interview-session.entity';
import { PanelRole } from '@api/core/session-status';

export type SessionSeat = {
  session: InterviewSessionEntity;
  /** The caller's seat on the panel, or null when they are not on it. */
  seat: PanelRole | null;
};

/** Who may see and act on a session: its panel, and the team's coordinators. */
@Injectable()
export class SessionAccessService {
  constructor(private readonly dataSource: DataSource) {}

  /** Panelists and coordinators; anyone else gets "not found", as for another team's session. */
  async forViewer(actor: Actor, sessionId: string, manager: EntityManager = this.dataSource.manager): Promise<SessionSeat> {
    const found = await this.load(actor, sessionId, manager);
    if (!found || (found.seat === null && actor.role !== TeamRole.COORDINATOR)) {
      throw notFound('Session');
    }

    return found;
  }

  /** Only panelists act in the room; shadows observe unless `allowShadow`. */
  async forPanelist(
    actor: Actor,
    sessionId: string,
    { allowShadow = false, manager = this.dataSource.manager }: { allowShadow?: boolean; manager?: EntityManager } = {},
  ): Promise<SessionSeat & { seat: PanelRole }> {
    const found = await this.forViewer(actor, sessionId, manager);

    return { session: found.session, seat: assertSeat(found.seat, allowShadow) };
  }

  /** Starting and completing: the lead or a co-interviewer, or a coordinator running it for them. */
  async forPanelistOrCoordinator(actor: Actor, sessionId: string): Promise<SessionSeat> {
    const found = await this.forViewer(actor, sessionId);
    if (actor.role !== TeamRole.COORDINATOR) {
      assertSeat(found.seat, false);
    }

    return found;
  }

  private async load(actor: Actor, sessionId: string, manager: EntityManager): Promise<SessionSeat | null> {
    const session = await manager.getRepository(InterviewSessionEntity).findOneBy({ id: sessionId, teamId: actor.teamId });
    if (!session) {
      return null;
    }
    const [panelist]: { role: PanelRole }[] = await manager.query(
      `SELECT role FROM session_panelist WHERE session_id = $1 AND user_id = $2`,
      [sessionId, actor.userId],
    );

    return { session, seat: panelist?.role ?? null };
  }
}

function assertSeat(seat: PanelRole | null, allowShadow: boolean): PanelRole {
  if (seat === null) {
    throw new DomainError('FORBIDDEN', 'Only the session\u2019s panel can do this');
  }
  if (seat === PanelRole.SHADOW && !allowShadow) {
    throw new DomainError('FORBIDDEN', 'Shadows observe: the lead or a co-interviewer runs the questions');
  }

  return seat;
}
