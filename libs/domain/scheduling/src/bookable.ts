import type { Span } from './interval';
import { toSpan } from './interval';
import { MS_PER_MINUTE, formatLocalDate, weekdayOf } from './local-date';
import type { PanelistCalendar } from './panelist-calendar';
import {
  buildPanelistCalendar,
  capStateAt,
  dayIndexAt,
} from './panelist-calendar';
import { instantToLocal } from './time-zone';
import type { Interval, InterviewerSchedule } from './types';

/**
 * Why a time is not bookable. Panelist rules: `OUTSIDE_AVAILABILITY` (not
 * inside one of their windows, weekly or that date's override),
 * `TIME_OFF`, `DAILY_CAP` / `WEEKLY_CAP` (reached on the local day / ISO
 * week of the start, in their zone), `BUFFER` (inside the buffer around
 * another session), `OVERLAP` (during another session). Time rules, for the
 * whole booking: `IN_THE_PAST`, `MINIMUM_NOTICE`.
 */
export type BookingRule =
  | 'OUTSIDE_AVAILABILITY'
  | 'TIME_OFF'
  | 'DAILY_CAP'
  | 'WEEKLY_CAP'
  | 'BUFFER'
  | 'OVERLAP'
  | 'IN_THE_PAST'
  | 'MINIMUM_NOTICE';

/** One broken rule; `interviewerId` is `null` for the time rules. */
export type BookingViolation = {
  interviewerId: string | null;
  rule: BookingRule;
  /** Plain words, without the panelist's name. */
  detail: string;
};

/** Input of {@link checkBookable}. */
export type CheckBookableInput = {
  /** Every panelist, with the sessions that count (not the one being moved). */
  interviewers: InterviewerSchedule[];
  interval: Interval;
  now: Date;
  /** Team's minimum notice, whole minutes (default 0). */
  minimumNoticeMinutes?: number;
};

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

// The first instant a booking may start: `now` plus the minimum notice.
export function earliestBookableStart(input: {
  now: Date;
  minimumNoticeMinutes?: number;
}): number {
  return (
    input.now.getTime() + (input.minimumNoticeMinutes ?? 0) * MS_PER_MINUTE
  );
}

function localLabel(instant: number, timeZone: string): string {
  const { dayNumber, minuteOfDay } = instantToLocal(instant, timeZone);
  const hours = String(Math.floor(minuteOfDay / 60)).padStart(2, '0');
  const minutes = String(minuteOfDay % 60).padStart(2, '0');

  return `${WEEKDAYS[weekdayOf(dayNumber)]} ${formatLocalDate(dayNumber)} ${hours}:${minutes}`;
}

function covers(spans: readonly Span[], span: Span): boolean {
  return spans.some((each) => each.start <= span.start && span.end <= each.end);
}

function meets(spans: readonly Span[], span: Span): boolean {
  return spans.some((each) => each.start < span.end && span.start < each.end);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

// A panelist's broken rules for `span`, from a calendar built over `span`.
export function panelistViolations(
  calendar: PanelistCalendar,
  span: Span,
): BookingViolation[] {
  const { interviewerId, timeZone } = calendar;
  const when = `${localLabel(span.start, timeZone)}–${localLabel(span.end, timeZone).slice(-5)} (${timeZone})`;
  const violations: BookingViolation[] = [];
  const add = (rule: BookingRule, detail: string): void => {
    violations.push({ interviewerId, rule, detail });
  };

  if (!covers(calendar.windows, span)) {
    add('OUTSIDE_AVAILABILITY', `is not available ${when}`);
  }
  if (meets(calendar.timeOff, span)) {
    add('TIME_OFF', `has time off during ${when}`);
  }
  const isOverlap = meets(calendar.sessions, span);
  if (isOverlap) {
    add('OVERLAP', `already has a session during ${when}`);
  }
  if (!isOverlap && meets(calendar.blocked, span)) {
    add(
      'BUFFER',
      `needs ${plural(calendar.bufferMinutes, 'minute')} free around their other sessions, ${when} is too close to one`,
    );
  }
  const dayIndex = dayIndexAt(calendar, span.start);
  const caps = capStateAt(calendar, dayIndex);
  const day = formatLocalDate(calendar.firstDay + dayIndex);
  if (caps.isDailyCapReached) {
    add(
      'DAILY_CAP',
      `already has ${plural(caps.dayCount, 'session')} on ${day} (${timeZone}), their daily cap is ${calendar.dailyCap}`,
    );
  }
  if (caps.isWeeklyCapReached) {
    add(
      'WEEKLY_CAP',
      `already has ${plural(caps.weekCount, 'session')} in the week of ${day} (${timeZone}), their weekly cap is ${calendar.weeklyCap}`,
    );
  }

  return violations;
}

/**
 * Every reason the panel cannot be booked for `interval`; empty = bookable.
 *
 * The one rule for "bookable", also applied by {@link findSlots}: for each
 * panelist the interval lies inside one of their windows (weekly windows in
 * their zone, or that local date's override; adjacent windows join), misses
 * their time off and their sessions, keeps their buffer around those
 * sessions, and their daily and weekly caps are not yet reached on the
 * start's local day and ISO week in their zone. The whole booking starts no
 * earlier than `now` (`IN_THE_PAST`) plus the minimum notice (`MINIMUM_NOTICE`).
 * Panelists are reported in input order, rules in the order of
 * {@link BookingRule}. Availability is assumed valid (see validateAvailability).
 *
 * @throws RangeError when the interval is empty or not made of valid dates.
 */
export function checkBookable(input: CheckBookableInput): BookingViolation[] {
  const span = toSpan(input.interval);
  if (!(span.start < span.end)) {
    throw new RangeError('The interval must end after it starts');
  }
  const violations = input.interviewers.flatMap((schedule) =>
    panelistViolations(buildPanelistCalendar(schedule, span), span),
  );
  if (span.start < input.now.getTime()) {
    violations.push({
      interviewerId: null,
      rule: 'IN_THE_PAST',
      detail: `starts in the past (${new Date(span.start).toISOString()})`,
    });
  } else if (span.start < earliestBookableStart(input)) {
    violations.push({
      interviewerId: null,
      rule: 'MINIMUM_NOTICE',
      detail: `starts sooner than the team's minimum notice of ${plural(input.minimumNoticeMinutes ?? 0, 'minute')}`,
    });
  }

  return violations;
}
