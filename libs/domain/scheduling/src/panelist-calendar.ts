import {
  localDaysOf,
  timeOffSpans,
  windowSpans,
} from './availability-expansion';
import type { Span } from './interval';
import { clipSpans, mergeSpans, subtractSpans, toSpan } from './interval';
import { MS_PER_MINUTE, isoWeekKey, mondayOf } from './local-date';
import { localToInstantMs } from './time-zone';
import type { InterviewerSchedule } from './types';

// One interviewer's schedule precomputed for a search range (epoch ms).
export type PanelistCalendar = {
  interviewerId: string;
  timeZone: string;
  // Windows (weekly or the date's override) within the range, time off not applied.
  windows: Span[];
  // Time off within the range.
  timeOff: Span[];
  // Sessions overlapping the range, sorted by start.
  sessions: Span[];
  // Sessions widened by the buffer, overlapping the range; sorted and disjoint.
  blocked: Span[];
  bufferMinutes: number;
  // Windows minus time off minus blocked: where a booking fits.
  free: Span[];
  // Day number of `dayStarts[0]`: a Monday, so whole ISO weeks are covered.
  firstDay: number;
  // Instant of each local midnight, one more than there are days.
  dayStarts: number[];
  // Sessions starting on each local day.
  dayCounts: number[];
  // Sessions starting in each ISO week, by isoWeekKey.
  weekCounts: Map<number, number>;
  // Sessions overlapping the search range.
  periodCount: number;
  dailyCap: number | null;
  weeklyCap: number | null;
};

// Index `i` with `dayStarts[i] <= instant < dayStarts[i + 1]`, or -1 outside.
export function dayIndexAt(
  calendar: PanelistCalendar,
  instant: number,
): number {
  const { dayStarts } = calendar;
  if (instant < dayStarts[0] || instant >= dayStarts[dayStarts.length - 1]) {
    return -1;
  }
  let low = 0;
  let high = dayStarts.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (dayStarts[middle] <= instant) {
      low = middle;
    } else {
      high = middle - 1;
    }
  }

  return low;
}

export function buildPanelistCalendar(
  schedule: InterviewerSchedule,
  range: Span,
): PanelistCalendar {
  const { availability } = schedule;
  const { timeZone } = availability;
  const { fromDay, toDay } = localDaysOf(range, timeZone);
  // Whole ISO weeks around the range, so weekly caps see sessions outside it.
  const firstDay = mondayOf(fromDay);
  const lastDay = mondayOf(toDay) + 6;
  const dayStarts: number[] = [];
  for (let day = firstDay; day <= lastDay + 1; day++) {
    dayStarts.push(localToInstantMs(day, 0, timeZone));
  }

  const calendar: PanelistCalendar = {
    interviewerId: schedule.interviewerId,
    timeZone,
    windows: [],
    timeOff: [],
    sessions: [],
    blocked: [],
    bufferMinutes: availability.bufferMinutes ?? 0,
    free: [],
    firstDay,
    dayStarts,
    dayCounts: new Array<number>(lastDay - firstDay + 1).fill(0),
    weekCounts: new Map(),
    periodCount: 0,
    dailyCap: availability.dailyCap ?? null,
    weeklyCap: availability.weeklyCap ?? null,
  };

  const buffer = (availability.bufferMinutes ?? 0) * MS_PER_MINUTE;
  const blocked: Span[] = [];
  for (const session of schedule.sessions) {
    const span = toSpan(session);
    if (span.start < range.end && range.start < span.end) {
      calendar.periodCount++;
      calendar.sessions.push(span);
    }
    const dayIndex = dayIndexAt(calendar, span.start);
    if (dayIndex >= 0) {
      calendar.dayCounts[dayIndex]++;
      const week = isoWeekKey(firstDay + dayIndex);
      calendar.weekCounts.set(week, (calendar.weekCounts.get(week) ?? 0) + 1);
    }
    if (span.start - buffer < range.end && range.start < span.end + buffer) {
      blocked.push({ start: span.start - buffer, end: span.end + buffer });
    }
  }

  calendar.sessions.sort((a, b) => a.start - b.start);
  calendar.blocked = mergeSpans(blocked);
  calendar.windows = clipSpans(
    windowSpans(availability, fromDay, toDay),
    range.start,
    range.end,
  );
  calendar.timeOff = clipSpans(
    timeOffSpans(availability),
    range.start,
    range.end,
  );
  calendar.free = subtractSpans(
    subtractSpans(calendar.windows, calendar.timeOff),
    calendar.blocked,
  );

  return calendar;
}

/** Sessions already counted on the local day and ISO week of day index `dayIndex`. */
export type CapState = {
  dayCount: number;
  weekCount: number;
  isDailyCapReached: boolean;
  isWeeklyCapReached: boolean;
};

// The one reading of the caps, shared by the slot search and checkBookable.
export function capStateAt(
  calendar: PanelistCalendar,
  dayIndex: number,
): CapState {
  const dayCount = calendar.dayCounts[dayIndex];
  const weekCount =
    calendar.weekCounts.get(isoWeekKey(calendar.firstDay + dayIndex)) ?? 0;

  return {
    dayCount,
    weekCount,
    isDailyCapReached:
      calendar.dailyCap !== null && dayCount >= calendar.dailyCap,
    isWeeklyCapReached:
      calendar.weeklyCap !== null && weekCount >= calendar.weeklyCap,
  };
}
