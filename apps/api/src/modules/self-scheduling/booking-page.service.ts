import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { findSlots, type Slot } from '@panelwise/domain-scheduling';

import { hashSecretToken } from '@api/core/auth/secret-token';
import { isExclusionViolation } from '@api/core/database/postgres-errors';
import type { SqlRunner } from '@api/core/database/sql-runner';
import { DomainError } from '@api/core/domain-error';
import { LoginThrottleService } from '@api/modules/identity/login-throttle.service';
import {
  bookingViolations,
  loadPanelRows,
  lockPanel,
  toSchedule,
} from '@api/modules/scheduling/booking-rule';
import {
  PanelRole,
  SessionStatus,
} from '@api/core/session-status';
import { SessionBookingService } from '@api/modules/scheduling/session-booking.service';
import type { SessionActor } from '@api/modules/scheduling/session-history.service';
import { SessionLifecycleService } from '@api/modules/scheduling/session-lifecycle.service';
import { sessionRepository } from '@api/modules/scheduling/session.repository';

import { CandidateMailService } from './candidate-mail.service';
import type {
  BookSlotInput,
  CancelBookingInput,
} from './dto/scheduling-request.input';
import {
  type BookingPageModel,
  BookingPageStatus,
  type BookingSlotModel,
  type CandidateBookingModel,
} from './dto/scheduling-request.model';
import {
  type RequestRow,
  schedulingRequestRepository,
} from './scheduling-request.repository';

/** Offered starts fall on this grid (UTC-aligned), so a page lists half hours, not every quarter. */
const SLOT_STEP_MINUTES = 30;
const MAX_SLOTS = 300;
const WEEK_MS = 7 * 86_400_000;
/** Sessions booked through links, and the candidate's changes, carry this name in the history. */
const CANDIDATE_LABEL = 'The candidate (scheduling link)';
/** Free calls per link and per address before a lock (see LoginThrottleService). */
const LINK_CALLS = { perEmail: 30, perAddress: 120 };
const BAD_LINKS_PER_ADDRESS = 20;

type Now = { now: Date };

/**
 * The candidate's side of a scheduling link: no sign-in, the secret alone
 * grants this one request. Offered slots and bookings go through the one
 * booking rule, revalidated inside the booking transaction with the panel
 * locked, so racing candidates get one booking and a fresh list for the rest.
 */
@Injectable()
export class BookingPageService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly booking: SessionBookingService,
    private readonly lifecycle: SessionLifecycleService,
    private readonly mail: CandidateMailService,
    private readonly throttle: LoginThrottleService,
  ) {}

  async page(
    token: string,
    address: string | undefined,
  ): Promise<BookingPageModel> {
    const request = await this.usableRequest(token, address);
    await schedulingRequestRepository.markOpened(this.dataSource, request.id);

    return this.toPage(this.dataSource.manager, request, { now: new Date() });
  }

  async book(
    input: BookSlotInput,
    address: string | undefined,
  ): Promise<BookingPageModel> {
    return this.changeThroughLink(
      input.token,
      address,
      async (manager, request, now) => {
        if (request.session_id) {
          throw new DomainError(
            'CONFLICT',
            'This link has already booked a time; move that booking instead',
            {
              field: 'token',
              reason: 'ALREADY_BOOKED',
            },
          );
        }
        const endsAt = new Date(
          input.startsAt.getTime() + request.duration_minutes * 60_000,
        );
        const required = request.panel.map((panelist) => panelist.userId);
        await lockPanel(manager, [...required, ...request.pool_ids]);
        const [slot] = await this.freeSlots(manager, request, {
          required,
          pool: true,
          from: input.startsAt,
          to: endsAt,
          now,
        });
        if (!slot || slot.start.getTime() !== input.startsAt.getTime()) {
          throw slotTaken();
        }
        const panel = panelOf(request, slot);
        await this.assertBookable(
          manager,
          request,
          panel.map((panelist) => panelist.userId),
          input.startsAt,
          endsAt,
          now,
          null,
        );
        const sessionId = await this.booking.insertSession(
          manager,
          candidateActor(request),
          {
            candidateId: request.candidate_id,
            kitId: request.kit_id,
            startsAt: input.startsAt,
            endsAt,
            timeZone: input.timeZone,
            location: request.location,
            panel,
            createdById: request.created_by_id,
          },
          { bookedBy: 'CANDIDATE', schedulingRequestId: request.id },
        );
        await schedulingRequestRepository.markBooked(
          manager,
          request.id,
          sessionId,
          input.timeZone,
        );
        const booked = await schedulingRequestRepository.findForSession(
          manager,
          sessionId,
        );
        if (booked) {
          await this.mail.sendNotice(manager, booked, 'BOOKED');
        }
      },
    );
  }

  async reschedule(
    input: BookSlotInput,
    address: string | undefined,
  ): Promise<BookingPageModel> {
    return this.changeThroughLink(
      input.token,
      address,
      async (manager, request, now) => {
        const booking = bookingOf(request, now);
        if (!booking?.canReschedule) {
          throw policyError(
            booking?.changeBlockedReason ?? 'There is no booking to move',
          );
        }
        const endsAt = new Date(
          input.startsAt.getTime() + request.duration_minutes * 60_000,
        );
        const panelIds = await this.panelIds(manager, request);
        await lockPanel(manager, panelIds);
        const [slot] = await this.freeSlots(manager, request, {
          required: panelIds,
          pool: false,
          from: input.startsAt,
          to: endsAt,
          now,
        });
        if (!slot || slot.start.getTime() !== input.startsAt.getTime()) {
          throw slotTaken();
        }
        await this.assertBookable(
          manager,
          request,
          panelIds,
          input.startsAt,
          endsAt,
          now,
          request.session_id,
        );
        await schedulingRequestRepository.setTimeZone(
          manager,
          request.id,
          input.timeZone,
        );
        await this.booking.moveSession(
          manager,
          candidateActor(request),
          {
            id: request.session_id as string,
            startsAt: request.session_starts_at as Date,
            version: request.session_version as number,
          },
          input.startsAt,
          endsAt,
          'Moved by the candidate',
          { by: 'CANDIDATE', schedulingRequestId: request.id },
        );
      },
    );
  }

  async cancel(
    input: CancelBookingInput,
    address: string | undefined,
  ): Promise<BookingPageModel> {
    return this.changeThroughLink(
      input.token,
      address,
      async (manager, request, now) => {
        const booking = bookingOf(request, now);
        if (!booking?.canCancel) {
          throw policyError(
            booking?.changeBlockedReason ?? 'There is no booking to cancel',
          );
        }
        await this.lifecycle.endSessionIn(
          manager,
          candidateActor(request),
          {
            id: request.session_id as string,
            sequence: request.session_sequence as number,
            version: request.session_version as number,
          },
          SessionStatus.CANCELLED,
          'CANCELLED',
          input.reason.trim() || 'Cancelled by the candidate',
          { by: 'CANDIDATE', schedulingRequestId: request.id },
        );
      },
    );
  }

  /**
   * One change through a link: the link checked and the call counted before
   * the transaction, then `change` inside it with the request's row locked. A
   * double booking caught by the exclusion constraint is a slot just taken.
   */
  private async changeThroughLink(
    token: string,
    address: string | undefined,
    change: (
      manager: EntityManager,
      request: RequestRow,
      now: Date,
    ) => Promise<void>,
  ): Promise<BookingPageModel> {
    await this.usableRequest(token, address);
    await this.countCall(token, address);
    const now = new Date();
    try {
      await this.dataSource.transaction(async (manager) =>
        change(manager, await this.lockedRequest(manager, token), now),
      );
    } catch (error) {
      throw isExclusionViolation(error) ? slotTaken() : error;
    }

    return this.pageAfterChange(token);
  }

  private async pageAfterChange(token: string): Promise<BookingPageModel> {
    const request = await schedulingRequestRepository.findByToken(
      this.dataSource,
      token,
    );

    return this.toPage(this.dataSource.manager, request as RequestRow, {
      now: new Date(),
    });
  }

  private async toPage(
    manager: EntityManager,
    request: RequestRow,
    { now }: Now,
  ): Promise<BookingPageModel> {
    const booking = bookingOf(request, now);
    let slots: Slot[] = [];
    const status = pageStatus(request, now);
    if (status === BookingPageStatus.OPEN) {
      slots = await this.freeSlots(manager, request, {
        required: request.panel.map((panelist) => panelist.userId),
        pool: true,
        from: request.window_start,
        to: request.window_end,
        now,
      });
    } else if (booking?.canReschedule) {
      slots = await this.freeSlots(manager, request, {
        required: await this.panelIds(manager, request),
        pool: false,
        from: request.window_start,
        to: request.window_end,
        now,
      });
    }

    return {
      teamName: request.team_name,
      title: request.kit_name,
      durationMinutes: request.duration_minutes,
      candidateName: request.candidate_name,
      timeZone: request.candidate_time_zone,
      status,
      expiresAt: request.expires_at,
      slots: slots
        .map((slot): BookingSlotModel => ({ start: slot.start, end: slot.end }))
        .sort((a, b) => a.start.getTime() - b.start.getTime())
        .slice(0, MAX_SLOTS),
      booking,
      policy: policyText(request),
    };
  }

  /**
   * Starts in [from, to) the panel can take under the booking rule: the fixed
   * people all, plus `pool_count` of the pool when `pool`. The booked session
   * itself does not count against a move.
   */
  private async freeSlots(
    db: SqlRunner,
    request: RequestRow,
    search: {
      required: string[];
      pool: boolean;
      from: Date;
      to: Date;
      now: Date;
    },
  ): Promise<Slot[]> {
    const from = new Date(
      Math.max(search.from.getTime(), request.window_start.getTime()),
    );
    const to = new Date(
      Math.min(search.to.getTime(), request.window_end.getTime()),
    );
    if (to.getTime() - from.getTime() < request.duration_minutes * 60_000) {
      return [];
    }
    const poolIds = search.pool ? request.pool_ids : [];
    const rows = await loadPanelRows(
      db,
      request.team_id,
      [...search.required, ...poolIds],
      new Date(from.getTime() - WEEK_MS),
      new Date(to.getTime() + WEEK_MS),
      request.session_id,
    );
    const present = new Set(rows.map((row) => row.user.id));
    // Someone who left the team cannot be booked: no slot needs them.
    if (search.required.some((id) => !present.has(id))) {
      return [];
    }
    const pool = poolIds.filter((id) => present.has(id));
    if (search.pool && request.pool_count > pool.length) {
      return [];
    }

    return findSlots({
      panel: {
        ...(search.required.length ? { requiredIds: search.required } : {}),
        ...(search.pool && request.pool_count > 0
          ? { pool: { ids: pool, count: request.pool_count } }
          : {}),
      },
      interviewers: rows.map(toSchedule),
      durationMinutes: request.duration_minutes,
      range: { start: from, end: to },
      now: search.now,
      minimumNoticeMinutes: request.minimum_notice_minutes,
      stepMinutes: SLOT_STEP_MINUTES,
      maxResults: 1000,
    });
  }

  /** The one booking rule, for the panel chosen; anything it refuses is a slot just taken. */
  private async assertBookable(
    manager: EntityManager,
    request: RequestRow,
    userIds: string[],
    startsAt: Date,
    endsAt: Date,
    now: Date,
    excludeSessionId: string | null,
  ): Promise<void> {
    const violations = await bookingViolations(manager, {
      teamId: request.team_id,
      userIds,
      startsAt,
      endsAt,
      now,
      minimumNoticeMinutes: request.minimum_notice_minutes,
      excludeSessionId,
    });
    if (violations.length) {
      throw slotTaken();
    }
  }

  private async panelIds(
    manager: EntityManager,
    request: RequestRow,
  ): Promise<string[]> {
    return request.session_id ? sessionRepository.panelUserIds(manager, request.session_id) : [];
  }

  /** The request behind a live link, or the error that says why it is not one. Unknown links count against the caller's address. */
  /**
   * The request behind a live link, or the error that says why it is not one.
   * Unknown links count against the caller's address. Outside any transaction:
   * the throttle has its own writes (and the embedded database one connection).
   */
  private async usableRequest(
    token: string,
    address: string | undefined,
  ): Promise<RequestRow> {
    const badLinkKeys = this.throttle.addressKeys(
      'booking-link',
      address,
      BAD_LINKS_PER_ADDRESS,
    );
    await this.throttle.assertAllowed(
      badLinkKeys,
      'Too many invalid scheduling links',
    );
    const request = await schedulingRequestRepository.findByToken(
      this.dataSource,
      token,
    );
    if (!request) {
      await this.throttle.recordFailure(badLinkKeys);
    }

    return assertUsable(request);
  }

  /** The same request inside a booking transaction, its row locked until it ends. */
  private async lockedRequest(
    manager: EntityManager,
    token: string,
  ): Promise<RequestRow> {
    return assertUsable(
      await schedulingRequestRepository.findByToken(manager, token, true),
    );
  }

  /** Each booking action counts against its link and the caller's address, so a script cannot hammer one. */
  private async countCall(
    token: string,
    address: string | undefined,
  ): Promise<void> {
    const keys = this.throttle.keysFor(
      'booking-action',
      hashSecretToken(token),
      address,
      LINK_CALLS,
    );
    await this.throttle.assertAllowed(keys, 'Too many booking attempts');
    await this.throttle.recordFailure(keys);
  }
}

function assertUsable(request: RequestRow | null): RequestRow {
  if (!request) {
    throw new DomainError(
      'NOT_FOUND',
      'This scheduling link is not valid. Check that you copied all of it, or ask the team for a new one.',
      {
        field: 'token',
      },
    );
  }
  if (request.revoked_at || request.candidate_anonymised_at) {
    throw new DomainError(
      'BAD_USER_INPUT',
      'This scheduling link was withdrawn. Ask the team for a new one.',
      { field: 'token', reason: 'REVOKED' },
    );
  }
  if (!request.session_id && request.expires_at <= new Date()) {
    throw new DomainError(
      'BAD_USER_INPUT',
      'This scheduling link has expired. Ask the team for a new one.',
      { field: 'token', reason: 'EXPIRED' },
    );
  }

  return request;
}

function slotTaken(): DomainError {
  return new DomainError(
    'CONFLICT',
    'Sorry, that time was just taken. The list now shows the times still free.',
    {
      field: 'startsAt',
      reason: 'SLOT_TAKEN',
    },
  );
}

function policyError(message: string): DomainError {
  return new DomainError('CONFLICT', message, {
    field: 'token',
    reason: 'RESCHEDULE_POLICY',
  });
}

function candidateActor(request: RequestRow): SessionActor {
  return { teamId: request.team_id, userId: null, label: CANDIDATE_LABEL };
}

/** The fixed people with their roles, then the pool members chosen; the first of them leads when nobody fixed does. */
function panelOf(
  request: RequestRow,
  slot: Slot,
): { userId: string; role: PanelRole }[] {
  const fixed = new Set(request.panel.map((panelist) => panelist.userId));
  const chosen = slot.interviewerIds.filter((id) => !fixed.has(id));
  const hasLead = request.panel.some(
    (panelist) => panelist.role === PanelRole.LEAD,
  );

  return [
    ...request.panel.map((panelist) => ({
      userId: panelist.userId,
      role: panelist.role,
    })),
    ...chosen.map((userId, index) => ({
      userId,
      role: !hasLead && index === 0 ? PanelRole.LEAD : PanelRole.CO_INTERVIEWER,
    })),
  ];
}

function pageStatus(request: RequestRow, now: Date): BookingPageStatus {
  if (!request.session_id || !request.session_starts_at) {
    return BookingPageStatus.OPEN;
  }
  if (request.session_status === SessionStatus.CANCELLED) {
    return BookingPageStatus.CANCELLED;
  }

  return request.session_status === SessionStatus.SCHEDULED &&
    request.session_starts_at > now
    ? BookingPageStatus.BOOKED
    : BookingPageStatus.PAST;
}

/** The booking as the candidate sees it, and what the team's policy lets them change now. */
function bookingOf(
  request: RequestRow,
  now: Date,
): CandidateBookingModel | null {
  if (
    !request.session_id ||
    !request.session_starts_at ||
    !request.session_ends_at
  ) {
    return null;
  }
  const open = pageStatus(request, now) === BookingPageStatus.BOOKED;
  const noticeOk =
    request.session_starts_at.getTime() - now.getTime() >=
    request.min_reschedule_notice_hours * 3_600_000;
  const movesLeft =
    (request.session_reschedule_count ?? 0) < request.max_reschedules;
  let blocked: string | null = null;
  if (open && !noticeOk) {
    blocked = `It starts in less than ${request.min_reschedule_notice_hours} hours: to change it now, reply to the team's email.`;
  } else if (open && !movesLeft) {
    blocked = `It has been moved ${request.session_reschedule_count} time(s), the most the team allows; you can still cancel.`;
  }

  return {
    startsAt: request.session_starts_at,
    endsAt: request.session_ends_at,
    location: request.session_location ?? '',
    canReschedule: open && noticeOk && movesLeft,
    canCancel: open && noticeOk,
    changeBlockedReason: open ? blocked : null,
  };
}

function policyText(request: RequestRow): string {
  return `You can move or cancel your booking here up to ${request.min_reschedule_notice_hours} hours before it starts; it can be moved ${request.max_reschedules} time(s) in all.`;
}
