import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { JsonObject } from '@panelwise/shared-util';

import type { Actor } from '@api/core/auth/request-auth';
import { TeamRole } from '@api/core/auth/team-role';
import { isExclusionViolation } from '@api/core/database/postgres-errors';
import type { SqlRunner } from '@api/core/database/sql-runner';
import { updateReturning } from '@api/core/database/update-returning';
import { versionConflict } from '@api/core/database/version-conflict';
import { DomainError } from '@api/core/domain-error';
import { PanelRole, SessionStatus } from '@api/core/session-status';
import { candidateRepository } from '@api/modules/candidate/candidate.repository';
import { identityRepository } from '@api/modules/identity/identity.repository';
import { kitRepository } from '@api/modules/kit/kit.repository';

import { bookingViolations, lockPanel, notBookableError } from './booking-rule';
import { type BookingConflictsInput, BookingRule, type BookingViolationModel } from './dto/booking.model';
import type { SessionModel } from './dto/session.model';
import type { RescheduleSessionInput, ScheduleSessionInput } from './dto/session.input';
import { InterviewSessionEntity } from './interview-session.entity';
import { type SessionActor, SessionHistoryService } from './session-history.service';
import { SessionPanelistEntity } from './session-panelist.entity';
import { copyKitIntoPlan } from './session-plan';
import { SessionService } from './session.service';

/** Violations a coordinator booked despite, with their reason. */
type AvailabilityOverride = { violations: BookingViolationModel[]; reason: string };

/** The override asked for, or null; a reason is required, so the record says why. */
function overrideOf(input: { overrideAvailability: boolean; overrideReason?: string | null }): { reason: string } | null {
  if (!input.overrideAvailability) {
    return null;
  }
  const reason = input.overrideReason?.trim() ?? '';
  if (!reason) {
    throw new DomainError('BAD_USER_INPUT', 'Give a reason for booking outside the availability rule', { field: 'overrideReason' });
  }

  return { reason };
}

function overrideDetails(overridden: AvailabilityOverride | null): JsonObject {
  return overridden
    ? {
        overrodeAvailability: true,
        availabilityOverrideReason: overridden.reason,
        availabilityViolations: overridden.violations.map((violation) => ({ ...violation })),
      }
    : {};
}

const period = (start: Date, end: Date) => `[${start.toISOString()},${end.toISOString()})`;

/** A session to insert, already checked against the booking rule. */
export type NewSession = {
  candidateId: string;
  kitId: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  location: string;
  panel: { userId: string; role: PanelRole }[];
  createdById: string | null;
};

/** Booking and moving sessions, always through the one bookability rule. */
@Injectable()
export class SessionBookingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reads: SessionService,
    private readonly history: SessionHistoryService,
  ) {}

  /**
   * What booking `input` would break, before booking it: the same rule and
   * data scheduleSession and rescheduleSession check. For a session to move,
   * its own time does not count against it.
   */
  async bookingConflicts(actor: Actor, input: BookingConflictsInput): Promise<BookingViolationModel[]> {
    let userIds = [...new Set(input.userIds)];
    let durationMinutes = input.durationMinutes;
    let excludeSessionId: string | null = null;
    if (input.sessionId) {
      const session = await this.reads.activeSession(actor, input.sessionId);
      excludeSessionId = session.id;
      if (!userIds.length) {
        userIds = (await this.dataSource.getRepository(SessionPanelistEntity).findBy({ sessionId: session.id })).map((p) => p.userId);
      }
      durationMinutes ??= (session.endsAt.getTime() - session.startsAt.getTime()) / 60_000;
    }
    if (!userIds.length) {
      throw new DomainError('BAD_USER_INPUT', 'Name the panel or the session to move', { field: 'userIds' });
    }
    if (!durationMinutes) {
      throw new DomainError('BAD_USER_INPUT', 'durationMinutes is required for a new panel', { field: 'durationMinutes' });
    }
    const members = await identityRepository.activeMemberIds(this.dataSource, actor.teamId, userIds);
    if (members.size !== userIds.length) {
      throw new DomainError('NOT_FOUND', 'Interviewer not found in this team', { field: 'userIds' });
    }
    const team = await identityRepository.team(this.dataSource, actor.teamId);

    return bookingViolations(this.dataSource, {
      teamId: actor.teamId,
      userIds,
      startsAt: input.startsAt,
      endsAt: new Date(input.startsAt.getTime() + durationMinutes * 60_000),
      now: new Date(),
      minimumNoticeMinutes: team.minimumBookingNoticeMinutes,
      excludeSessionId,
    });
  }

  async schedule(actor: Actor, input: ScheduleSessionInput): Promise<SessionModel> {
    await this.assertPanel(actor, input.panel);
    const [candidate, kit] = await Promise.all([
      candidateRepository.existsInTeam(this.dataSource, actor.teamId, input.candidateId),
      kitRepository.existsInTeam(this.dataSource, actor.teamId, input.kitId),
    ]);
    if (!candidate) {
      throw new DomainError('NOT_FOUND', 'Candidate not found', { field: 'candidateId' });
    }
    if (!kit) {
      throw new DomainError('NOT_FOUND', 'Kit not found', { field: 'kitId' });
    }
    const override = overrideOf(input);
    const startsAt = input.startsAt;
    const endsAt = new Date(startsAt.getTime() + input.durationMinutes * 60_000);
    const userIds = input.panel.map((p) => p.userId);
    const id = await this.withBookingCheck(actor, userIds, startsAt, endsAt, async (manager) => {
      const overridden = await this.enforceBookable(manager, actor, { userIds, startsAt, endsAt, excludeSessionId: null }, override);

      return this.insertSession(
        manager,
        actor,
        { ...input, startsAt, endsAt, location: input.location.trim(), createdById: actor.userId },
        overrideDetails(overridden),
      );
    });

    return this.reads.session(actor, id);
  }

  /**
   * Moves a session. The team's policy (minimum notice, maximum reschedules)
   * applies unless a coordinator overrides it with a reason; stale versions
   * are refused; the panel keeps its seats only if the new time is free.
   */
  async reschedule(actor: Actor, input: RescheduleSessionInput): Promise<SessionModel> {
    const override = overrideOf(input);
    const session = await this.reads.activeSession(actor, input.sessionId);
    if (session.version !== input.expectedVersion) {
      throw new DomainError('CONFLICT', 'This session was changed since you opened it', {
        field: 'expectedVersion',
        currentVersion: session.version,
      });
    }
    const team = await identityRepository.team(this.dataSource, actor.teamId);
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
      const overridden = await this.enforceBookable(
        manager,
        actor,
        { userIds: panelIds, startsAt, endsAt, excludeSessionId: session.id },
        override,
      );
      await this.moveSession(manager, actor, { ...session, version: input.expectedVersion }, startsAt, endsAt, input.reason, {
        overrodePolicy: breaches.length > 0,
        ...(breaches.length ? { policyBreaches: breaches } : {}),
        ...overrideDetails(overridden),
      });

      return session.id;
    });

    return this.reads.session(actor, session.id);
  }

  /**
   * Inserts a session the caller has checked against the booking rule, inside
   * the caller's transaction (panel locked), with its plan, history and invitations.
   */
  async insertSession(manager: EntityManager, actor: SessionActor, booking: NewSession, details: JsonObject): Promise<string> {
    const session = await manager.save(InterviewSessionEntity, {
      teamId: actor.teamId,
      candidateId: booking.candidateId,
      kitId: booking.kitId,
      startsAt: booking.startsAt,
      endsAt: booking.endsAt,
      timeZone: booking.timeZone,
      location: booking.location,
      status: SessionStatus.SCHEDULED,
      rescheduleCount: 0,
      sequence: 0,
      version: 1,
      createdById: booking.createdById,
    });
    await manager.insert(
      SessionPanelistEntity,
      booking.panel.map((panelist) => ({
        sessionId: session.id,
        userId: panelist.userId,
        role: panelist.role,
        period: period(booking.startsAt, booking.endsAt),
        isActive: true,
      })),
    );
    await copyKitIntoPlan(manager, session.id, booking.kitId);
    await this.history.record(manager, actor, session.id, 'SCHEDULED', null, { newStartsAt: booking.startsAt.toISOString(), ...details });

    return session.id;
  }

  /**
   * Moves a session the caller has checked against the booking rule, inside
   * its transaction; `session.version` is the version the caller read, so a
   * concurrent change makes this a CONFLICT.
   */
  async moveSession(
    manager: EntityManager,
    actor: SessionActor,
    session: Pick<InterviewSessionEntity, 'id' | 'startsAt' | 'version'>,
    startsAt: Date,
    endsAt: Date,
    reason: string | null,
    details: JsonObject,
  ): Promise<void> {
    const moved = await updateReturning(
      manager,
      `UPDATE interview_session SET starts_at = $1, ends_at = $2, reschedule_count = reschedule_count + 1,
              sequence = sequence + 1, version = version + 1, updated_at = now()
        WHERE id = $3 AND version = $4 RETURNING id`,
      [startsAt, endsAt, session.id, session.version],
    );
    if (!moved.length) {
      throw await versionConflict(
        manager,
        { table: 'interview_session', where: 'id = $1', parameters: [session.id] },
        'This session was changed since you opened it',
      );
    }
    await manager.update(SessionPanelistEntity, { sessionId: session.id }, { period: period(startsAt, endsAt) });
    await this.history.record(manager, actor, session.id, 'RESCHEDULED', reason, {
      previousStartsAt: session.startsAt.toISOString(),
      newStartsAt: startsAt.toISOString(),
      ...details,
    });
  }

  /**
   * The one rule for a bookable time, checked inside the booking's transaction
   * with the panel locked: two bookings of the same person run one after the
   * other, so they cannot both pass a cap. Returns the violations overridden,
   * or null when there were none; refuses a breach without an override, and an
   * overlap always (the exclusion constraint would refuse it anyway).
   */
  private async enforceBookable(
    manager: EntityManager,
    actor: Actor,
    booking: { userIds: string[]; startsAt: Date; endsAt: Date; excludeSessionId: string | null },
    override: { reason: string } | null,
  ): Promise<AvailabilityOverride | null> {
    await lockPanel(manager, booking.userIds);
    const team = await identityRepository.team(manager, actor.teamId);
    const violations = await bookingViolations(manager, {
      ...booking,
      teamId: actor.teamId,
      now: new Date(),
      minimumNoticeMinutes: team.minimumBookingNoticeMinutes,
    });
    if (!violations.length) {
      return null;
    }
    if (violations.some((violation) => violation.rule === BookingRule.OVERLAP)) {
      const clash = await this.clashError(manager, actor, booking.userIds, booking.startsAt, booking.endsAt);
      throw notBookableError(violations, { clashingSessionId: clash.details['clashingSessionId'] });
    }
    if (!override) {
      throw notBookableError(violations);
    }

    return { violations, reason: override.reason };
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
      throw await this.clashError(this.dataSource, actor, userIds, startsAt, endsAt);
    }
  }

  private async clashError(
    db: SqlRunner,
    actor: Actor,
    userIds: string[],
    startsAt: Date,
    endsAt: Date,
  ): Promise<DomainError> {
    const clashes: { session_id: string; team_id: string; starts_at: Date; user_name: string }[] = await db.query(
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

  private async assertPanel(actor: Actor, panel: ScheduleSessionInput['panel']): Promise<void> {
    const ids = panel.map((panelist) => panelist.userId);
    if (new Set(ids).size !== ids.length) {
      throw new DomainError('BAD_USER_INPUT', 'An interviewer can sit on a panel only once', { field: 'panel' });
    }
    if (panel.filter((panelist) => panelist.role === PanelRole.LEAD).length !== 1) {
      throw new DomainError('BAD_USER_INPUT', 'A panel needs exactly one lead', { field: 'panel' });
    }
    const members = await identityRepository.activeMemberIds(this.dataSource, actor.teamId, ids);
    const missing = ids.findIndex((id) => !members.has(id));
    if (missing >= 0) {
      throw new DomainError('NOT_FOUND', 'Interviewer not found in this team', { field: `panel.${missing}.userId` });
    }
  }
}
