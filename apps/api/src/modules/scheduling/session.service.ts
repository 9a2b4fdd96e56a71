import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { Actor } from '@api/core/auth/request-auth';
import { TeamRole } from '@api/core/auth/team-role';
import { DomainError, notFound } from '@api/core/domain-error';
import { ACTIVE_STATUSES } from '@api/core/session-status';

import type { SessionModel } from './dto/session.model';
import type { SessionsArgs } from './dto/session.input';
import { InterviewSessionEntity } from './interview-session.entity';
import { loadSessions } from './session.loader';

const MAX_LIST_DAYS = 93;

/** Reading sessions as the caller may see them; booking and lifecycle changes live beside it. */
@Injectable()
export class SessionService {
  constructor(private readonly dataSource: DataSource) {}

  async sessions(actor: Actor, args: SessionsArgs): Promise<SessionModel[]> {
    if (args.to <= args.from || args.to.getTime() - args.from.getTime() > MAX_LIST_DAYS * 86_400_000) {
      throw new DomainError('BAD_USER_INPUT', `to must be after from, at most ${MAX_LIST_DAYS} days later`, { field: 'to' });
    }
    // Interviewers see the sessions they sit on; coordinators see the team's.
    const interviewerId = actor.role === TeamRole.COORDINATOR ? args.interviewerId : actor.userId;
    const params: unknown[] = [args.from, args.to];
    let where = 's.starts_at < $3 AND s.ends_at > $2';
    if (interviewerId) {
      params.push(interviewerId);
      where += ' AND EXISTS (SELECT 1 FROM session_panelist p WHERE p.session_id = s.id AND p.user_id = $4)';
    }

    return loadSessions(this.dataSource, actor.teamId, where, params);
  }

  /** The caller's sessions from the last 12 hours on, still to run or running, soonest first. */
  async upcoming(actor: Actor, days: number): Promise<SessionModel[]> {
    return loadSessions(
      this.dataSource,
      actor.teamId,
      // Through the caller's panel rows: their periods sit under the double-booking GiST index.
      `s.status IN ('SCHEDULED', 'IN_PROGRESS')
       AND s.id IN (SELECT p.session_id FROM session_panelist p
                     WHERE p.user_id = $2 AND p.is_active
                       AND p.period && tstzrange(now() - interval '12 hours', now() + make_interval(days => $3), '[)'))`,
      [actor.userId, days],
    );
  }

  async session(actor: Actor, id: string): Promise<SessionModel> {
    const [session] = await loadSessions(this.dataSource, actor.teamId, 's.id = $2', [id]);
    if (!session) {
      throw notFound('Session');
    }
    if (actor.role !== TeamRole.COORDINATOR && !session.panel.some((panelist) => panelist.user.id === actor.userId)) {
      throw notFound('Session');
    }

    return session;
  }

  /** A session of the team still scheduled or running; NOT_FOUND or CONFLICT otherwise. */
  async activeSession(actor: Actor, id: string): Promise<InterviewSessionEntity> {
    const session = await this.dataSource.getRepository(InterviewSessionEntity).findOneBy({ id, teamId: actor.teamId });
    if (!session) {
      throw notFound('Session');
    }
    if (!ACTIVE_STATUSES.includes(session.status)) {
      throw new DomainError('CONFLICT', `This session is already ${session.status.toLowerCase().replace('_', '-')}`);
    }

    return session;
  }
}
