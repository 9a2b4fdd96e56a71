import type { EntityManager } from 'typeorm';

import { type BookingViolation, checkBookable, type InterviewerSchedule } from '@panelwise/domain-scheduling';

import type { SqlRunner } from '@api/core/database/sql-runner';
import { type UserJson, userJson } from '@api/core/database/user-json';
import { DomainError } from '@api/core/domain-error';

import { type StoredAvailability, toDomainAvailability } from './availability.mapper';
import { BookingRule, type BookingViolationModel } from './dto/booking.model';

/** Sessions this far either side of a time count toward the caps of its ISO week in any zone. */
const CAP_WINDOW_MS = 8 * 86_400_000;

export type PanelMemberRow = {
  user: UserJson;
  availability: StoredAvailability | null;
  /** [start, end] of each booking, as JSON timestamps. */
  busy: [string, string][];
};

/**
 * Team members among `ids` with their availability and every active booking
 * overlapping [from, to), whichever team booked it; `excludeSessionId` is left
 * out (a session being moved does not count against itself).
 */
export function loadPanelRows(
  db: SqlRunner,
  teamId: string,
  ids: string[],
  from: Date,
  to: Date,
  excludeSessionId: string | null = null,
): Promise<PanelMemberRow[]> {
  return db.query(
    `SELECT ${userJson()} AS "user",
            CASE WHEN a.user_id IS NULL THEN NULL ELSE jsonb_build_object(
              'timeZone', a.time_zone, 'weeklyWindows', a.weekly_windows, 'overrides', a.overrides, 'timeOff', a.time_off,
              'dailyCap', a.daily_cap, 'weeklyCap', a.weekly_cap, 'bufferMinutes', a.buffer_minutes) END AS availability,
            coalesce((SELECT jsonb_agg(jsonb_build_array(lower(p.period), upper(p.period)))
                        FROM session_panelist p
                       WHERE p.user_id = u.id AND p.is_active AND p.period && tstzrange($3, $4, '[)')
                         AND p.session_id IS DISTINCT FROM $5::uuid), '[]') AS busy
       FROM membership m
       JOIN app_user u ON u.id = m.user_id
       LEFT JOIN availability a ON a.user_id = u.id
      WHERE m.team_id = $1 AND m.active AND m.user_id = ANY($2::uuid[])`,
    [teamId, ids, from, to, excludeSessionId],
  );
}

/** A member without saved availability has no windows: nothing is bookable for them. */
export function toSchedule(row: PanelMemberRow): InterviewerSchedule {
  return {
    interviewerId: row.user.id,
    availability: row.availability ? toDomainAvailability(row.availability) : { timeZone: row.user.time_zone, weeklyWindows: [] },
    sessions: row.busy.map(([start, end]) => ({ start: new Date(start), end: new Date(end) })),
  };
}

export type BookingCheck = {
  teamId: string;
  userIds: string[];
  startsAt: Date;
  endsAt: Date;
  now: Date;
  minimumNoticeMinutes: number;
  excludeSessionId?: string | null;
};

/**
 * Serialises bookings of the same people until the transaction ends, so two
 * bookings cannot both read the caps before either is written. Sorted, so two
 * panels sharing people lock in the same order.
 */
export async function lockPanel(manager: EntityManager, userIds: string[]): Promise<void> {
  for (const id of [...new Set(userIds)].sort()) {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`booking:${id}`]);
  }
}

/** The rules `check` breaks, each naming the panelist; ids outside the team are left to the caller. */
export async function bookingViolations(db: SqlRunner, check: BookingCheck): Promise<BookingViolationModel[]> {
  const rows = await loadPanelRows(
    db,
    check.teamId,
    check.userIds,
    new Date(check.startsAt.getTime() - CAP_WINDOW_MS),
    new Date(check.endsAt.getTime() + CAP_WINDOW_MS),
    check.excludeSessionId ?? null,
  );
  const byId = new Map(rows.map((row) => [row.user.id, row]));
  const panel = check.userIds.flatMap((id) => byId.get(id) ?? []);
  const violations: BookingViolation[] = checkBookable({
    interviewers: panel.map(toSchedule),
    interval: { start: check.startsAt, end: check.endsAt },
    now: check.now,
    minimumNoticeMinutes: check.minimumNoticeMinutes,
  });

  return violations.map((violation) => ({
    userId: violation.interviewerId,
    name: violation.interviewerId ? (byId.get(violation.interviewerId)?.user.name ?? null) : null,
    rule: violation.rule as BookingRule,
    detail: violation.detail,
  }));
}

/** "Ada Lovelace is not available Sun 2026-03-08 03:00–04:00 (UTC)", or "The session starts in the past". */
export function describeViolation(violation: BookingViolationModel): string {
  return `${violation.name ?? 'The session'} ${violation.detail}`;
}

/**
 * The refusal of a time that breaks the rule. CONFLICT like a double booking:
 * the time clashes with the panel's calendars, the input itself is well formed.
 */
export function notBookableError(violations: BookingViolationModel[], extra: Record<string, unknown> = {}): DomainError {
  const canOverride = !violations.some((violation) => violation.rule === BookingRule.OVERLAP);

  return new DomainError(
    'CONFLICT',
    `This time is not bookable: ${violations.map(describeViolation).join('; ')}.${canOverride ? ' A coordinator can book anyway with a reason.' : ''}`,
    { field: 'startsAt', reason: 'NOT_BOOKABLE', violations, canOverride, ...extra },
  );
}
