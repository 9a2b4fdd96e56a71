import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { isValidTimeZone, type JsonObject } from '@panelwise/shared-util';

import type { Actor } from '@api/auth/request-auth';
import { isExclusionViolation } from '@api/database/postgres-errors';
import { updateReturning } from '@api/database/update-returning';
import { DomainError, notFound } from '@api/graphql/domain-error';
import { AuditService } from '@api/modules/audit/audit.service';
import { CandidateEntity } from '@api/modules/candidate/candidate.entity';
import { KitEntity } from '@api/modules/kit/kit.entity';
import { SessionActivityKind } from '@api/modules/live/session-activity';
import { SessionActivityPublisher } from '@api/modules/live/session-activity.publisher';
import { MembershipEntity } from '@api/modules/team/membership.entity';
import { TeamRole } from '@api/modules/team/team-role';
import { TeamEntity } from '@api/modules/team/team.entity';

import type { SessionModel } from './dto/session.model';
import type { CancelSessionInput, MarkNoShowInput, RescheduleSessionInput, ScheduleSessionInput, SessionsArgs } from './dto/session.input';
import { InterviewSessionEntity } from './interview-session.entity';
import { SessionEventEntity } from './session-event.entity';
import { SessionAccessService } from './session-access.service';
import { copyKitIntoPlan } from './session-plan';
import { loadSessions } from './session.loader';
import { SessionPanelistEntity } from './session-panelist.entity';
import { ACTIVE_STATUSES, PanelRole, SessionStatus } from './session-status';

const MAX_LIST_DAYS = 93;
/** How early the panel may open the room: a session started days ahead would make scorecards due early. */
const EARLIEST_START_MINUTES = 30;


const period = (start: Date, end: Date) => `[${start.toISOString()},${end.toISOString()})`;

@Injectable()
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: SessionAccessService,
    private readonly activity: SessionActivityPublisher,
  ) {}

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

  async schedule(actor: Actor, input: ScheduleSessionInput): Promise<SessionModel> {
    if (!isValidTimeZone(input.timeZone)) {
      throw new DomainError('BAD_USER_INPUT', 'timeZone must be an IANA time zone', { field: 'timeZone' });
    }
    await this.assertPanel(actor, input.panel);
    const [candidate, kit] = await Promise.all([
      this.dataSource.getRepository(CandidateEntity).existsBy({ id: input.candidateId, teamId: actor.teamId }),
      this.dataSource.getRepository(KitEntity).existsBy({ id: input.kitId, teamId: actor.teamId }),
    ]);
    if (!candidate) {
      throw new DomainError('NOT_FOUND', 'Candidate not found', { field: 'candidateId' });
    }
    if (!kit) {
      throw new DomainError('NOT_FOUND', 'Kit not found', { field: 'kitId' });
    }
    const startsAt = input.startsAt;
    const endsAt = new Date(startsAt.getTime() + input.durationMinutes * 60_000);
    const id = await this.withBookingCheck(actor, input.panel.map((p) => p.userId), startsAt, endsAt, (manager) =>
      this.insertSession(manager, actor, input, startsAt, endsAt),
    );

    return this.session(actor, id);
  }

  /**
   * Moves a session. The team's policy (minimum notice, maximum reschedules)
   * applies unless a coordinator overrides it with a reason; stale versions
   * are refused; the panel keeps its seats only if the new time is free.
   */
  async reschedule(actor: Actor, input: RescheduleSessionInput): Promise<SessionModel> {
    const session = await this.activeSession(actor, input.sessionId);
    if (session.version !== input.expectedVersion) {
      throw new DomainError('CONFLICT', 'This session was changed since you opened it', {
        field: 'expectedVersion',
        currentVersion: session.version,
      });
    }
    const team = await this.dataSource.getRepository(TeamEntity).findOneByOrFail({ id: actor.teamId });
    const breaches: string[] = [];
    const noticeHours = (session.startsAt.getTime() - Date.now()) / 3_600_000;
    if (noticeHours < team.minRescheduleNoticeHours) {
      breaches.push(`less than ${team.minRescheduleNoticeHours} h before the start`);
    }
    if (session.rescheduleCount >= team.maxReschedules) {
      breaches.push(`already rescheduled ${session.rescheduleCount} time(s), the limit is ${team.maxReschedules}`);
    }
    if (breaches.length && !input.overridePolicy) {
      throw new DomainError('BAD_USER_INPUT', `Reschedule policy: ${breaches.join('; ')}. A coordinator can override with a reason.`, {
        field: 'startsAt',
        reason: 'RESCHEDULE_POLICY',
        canOverride: actor.role === TeamRole.COORDINATOR,
      });
    }
    if (breaches.length && actor.role !== TeamRole.COORDINATOR) {
      throw new DomainError('FORBIDDEN', 'Only coordinators can override the reschedule policy');
    }
    const duration = input.durationMinutes ?? (session.endsAt.getTime() - session.startsAt.getTime()) / 60_000;
    const startsAt = input.startsAt;
    const endsAt = new Date(startsAt.getTime() + duration * 60_000);
    const panelIds = (await this.dataSource.getRepository(SessionPanelistEntity).findBy({ sessionId: session.id })).map((p) => p.userId);
    await this.withBookingCheck(actor, panelIds, startsAt, endsAt, async (manager) => {
      const moved = await updateReturning(
        manager,
        `UPDATE interview_session SET starts_at = $1, ends_at = $2, reschedule_count = reschedule_count + 1,
                sequence = sequence + 1, version = version + 1, updated_at = now()
          WHERE id = $3 AND version = $4 RETURNING id`,
        [startsAt, endsAt, session.id, input.expectedVersion],
      );
      if (!moved.length) {
        throw new DomainError('CONFLICT', 'This session was changed since you opened it', { field: 'expectedVersion' });
      }
      await manager.update(SessionPanelistEntity, { sessionId: session.id }, { period: period(startsAt, endsAt) });
      await this.recordEvent(manager, actor, session.id, 'RESCHEDULED', input.reason, {
        previousStartsAt: session.startsAt.toISOString(),
        newStartsAt: startsAt.toISOString(),
        overrodePolicy: breaches.length > 0,
        ...(breaches.length ? { policyBreaches: breaches } : {}),
      });

      return session.id;
    });

    return this.session(actor, session.id);
  }

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
          await this.recordEvent(manager, actor, session.id, 'STARTED', null, {});
        }

        return rows.length > 0;
      });
      if (started) {
        await this.activity.publish(SessionActivityKind.SESSION_STARTED, session.id, actor.userId);
      }
    } else if (session.status !== SessionStatus.IN_PROGRESS) {
      throw new DomainError('CONFLICT', `This session is ${session.status.toLowerCase().replace('_', '-')} and cannot start`);
    }

    return this.session(actor, session.id);
  }

  async complete(actor: Actor, sessionId: string): Promise<SessionModel> {
    const { session } = await this.access.forPanelistOrCoordinator(actor, sessionId);
    if (session.status === SessionStatus.COMPLETED) {
      return this.session(actor, session.id);
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
        await this.recordEvent(manager, actor, session.id, 'COMPLETED', null, {});
      }
    });
    await this.activity.publish(SessionActivityKind.SESSION_COMPLETED, session.id, actor.userId);

    return this.session(actor, session.id);
  }

  async cancel(actor: Actor, input: CancelSessionInput): Promise<SessionModel> {
    const session = await this.activeSession(actor, input.sessionId);

    return this.endSession(actor, session, SessionStatus.CANCELLED, 'CANCELLED', input.reason, {});
  }

  async markNoShow(actor: Actor, input: MarkNoShowInput): Promise<SessionModel> {
    if (input.party === 'INTERVIEWER' && !input.userId) {
      throw new DomainError('BAD_USER_INPUT', 'Name the interviewer who did not show', { field: 'userId' });
    }
    const session = await this.activeSession(actor, input.sessionId);
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
    await this.dataSource.transaction(async (manager) => {
      await manager.update(InterviewSessionEntity, { id: session.id }, {
        status,
        sequence: session.sequence + 1,
        version: session.version + 1,
      });
      // Frees the panel's time: inactive rows are outside the exclusion constraint.
      await manager.update(SessionPanelistEntity, { sessionId: session.id }, { isActive: false });
      await this.recordEvent(manager, actor, session.id, kind, reason, details);
    });

    return this.session(actor, session.id);
  }

  private async insertSession(
    manager: EntityManager,
    actor: Actor,
    input: ScheduleSessionInput,
    startsAt: Date,
    endsAt: Date,
  ): Promise<string> {
    const session = await manager.save(InterviewSessionEntity, {
      teamId: actor.teamId,
      candidateId: input.candidateId,
      kitId: input.kitId,
      startsAt,
      endsAt,
      timeZone: input.timeZone,
      location: input.location.trim(),
      status: SessionStatus.SCHEDULED,
      rescheduleCount: 0,
      sequence: 0,
      version: 1,
      createdById: actor.userId,
    });
    await manager.insert(
      SessionPanelistEntity,
      input.panel.map((panelist) => ({
        sessionId: session.id,
        userId: panelist.userId,
        role: panelist.role,
        period: period(startsAt, endsAt),
        isActive: true,
      })),
    );
    await copyKitIntoPlan(manager, session.id, input.kitId);
    await this.recordEvent(manager, actor, session.id, 'SCHEDULED', null, { newStartsAt: startsAt.toISOString() });

    return session.id;
  }

  /** Runs a booking; an exclusion violation becomes a CONFLICT naming the clash when it is visible. */
  private async withBookingCheck(
    actor: Actor,
    userIds: string[],
    startsAt: Date,
    endsAt: Date,
    book: (manager: EntityManager) => Promise<string>,
  ): Promise<string> {
    try {
      return await this.dataSource.transaction(book);
    } catch (error) {
      if (!isExclusionViolation(error)) {
        throw error;
      }
      throw await this.clashError(actor, userIds, startsAt, endsAt);
    }
  }

  private async clashError(actor: Actor, userIds: string[], startsAt: Date, endsAt: Date): Promise<DomainError> {
    const clashes: { session_id: string; team_id: string; starts_at: Date; user_name: string }[] = await this.dataSource.query(
      `SELECT s.id AS session_id, s.team_id, s.starts_at, u.name AS user_name
         FROM session_panelist p JOIN interview_session s ON s.id = p.session_id JOIN app_user u ON u.id = p.user_id
        WHERE p.user_id = ANY($1::uuid[]) AND p.is_active AND p.period && tstzrange($2, $3, '[)')
        ORDER BY s.starts_at LIMIT 1`,
      [userIds, startsAt, endsAt],
    );
    const clash = clashes[0];
    if (clash && clash.team_id === actor.teamId) {
      return new DomainError('CONFLICT', `${clash.user_name} already has a session at ${clash.starts_at.toISOString()}`, {
        field: 'startsAt',
        clashingSessionId: clash.session_id,
      });
    }

    // Another team's session: say that the person is busy, never what with.
    return new DomainError('CONFLICT', `${clash?.user_name ?? 'A panelist'} is already booked at that time`, { field: 'startsAt' });
  }

  private async activeSession(actor: Actor, id: string): Promise<InterviewSessionEntity> {
    const session = await this.dataSource.getRepository(InterviewSessionEntity).findOneBy({ id, teamId: actor.teamId });
    if (!session) {
      throw notFound('Session');
    }
    if (!ACTIVE_STATUSES.includes(session.status)) {
      throw new DomainError('CONFLICT', `This session is already ${session.status.toLowerCase().replace('_', '-')}`);
    }

    return session;
  }

  private async assertPanel(actor: Actor, panel: ScheduleSessionInput['panel']): Promise<void> {
    const ids = panel.map((panelist) => panelist.userId);
    if (new Set(ids).size !== ids.length) {
      throw new DomainError('BAD_USER_INPUT', 'An interviewer can sit on a panel only once', { field: 'panel' });
    }
    if (panel.filter((panelist) => panelist.role === PanelRole.LEAD).length !== 1) {
      throw new DomainError('BAD_USER_INPUT', 'A panel needs exactly one lead', { field: 'panel' });
    }
    const members = await this.dataSource
      .getRepository(MembershipEntity)
      .createQueryBuilder('m')
      .where('m.team_id = :teamId AND m.active AND m.user_id IN (:...ids)', { teamId: actor.teamId, ids })
      .getMany();
    const missing = ids.findIndex((id) => !members.some((member) => member.userId === id));
    if (missing >= 0) {
      throw new DomainError('NOT_FOUND', 'Interviewer not found in this team', { field: `panel.${missing}.userId` });
    }
  }

  private async recordEvent(
    manager: EntityManager,
    actor: Actor,
    sessionId: string,
    kind: string,
    reason: string | null,
    details: JsonObject,
  ): Promise<void> {
    await manager.save(SessionEventEntity, { sessionId, actorId: actor.userId, kind, reason, details });
    await this.audit.record(manager, {
      teamId: actor.teamId,
      actorId: actor.userId,
      action: `session.${kind.toLowerCase()}`,
      recordType: 'session',
      recordId: sessionId,
      details: { ...details, ...(reason ? { reason } : {}) },
    });
  }
}
