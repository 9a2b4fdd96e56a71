import type { Span } from './interval';
import {
  clipSpans,
  mergeSpans,
  subtractSpans,
  toInterval,
  toSpan,
} from './interval';
import {
  MINUTES_PER_DAY,
  parseLocalDate,
  parseTimeOfDay,
  weekdayOf,
} from './local-date';
import { instantToLocal, localToInstantMs } from './time-zone';
import type { Availability, Interval, TimeOff, TimeWindow } from './types';

type MinuteWindow = { start: number; end: number };

function toMinuteWindow(window: TimeWindow): MinuteWindow {
  const start = parseTimeOfDay(window.start);
  const end = parseTimeOfDay(window.end, true);
  if (start === null || end === null) {
    throw new RangeError(
      `Invalid window ${window.start}-${window.end}; run validateAvailability first`,
    );
  }

  return { start, end };
}

function requireDay(date: string): number {
  const day = parseLocalDate(date);
  if (day === null) {
    throw new RangeError(
      `Invalid date "${date}"; run validateAvailability first`,
    );
  }

  return day;
}

function localMinuteToMs(
  day: number,
  minute: number,
  timeZone: string,
): number {
  return minute === MINUTES_PER_DAY
    ? localToInstantMs(day + 1, 0, timeZone)
    : localToInstantMs(day, minute, timeZone);
}

function timeOffSpan(timeOff: TimeOff, timeZone: string): Span {
  switch (timeOff.kind) {
    case 'interval':
      return toSpan(timeOff);
    case 'dates':
      return {
        start: localToInstantMs(requireDay(timeOff.startDate), 0, timeZone),
        end: localToInstantMs(requireDay(timeOff.endDate) + 1, 0, timeZone),
      };
  }
}

// Window spans on local days `fromDay`..`toDay` (inclusive day numbers): the
// day's override windows, else its weekly windows, time off not applied.
// Sorted and disjoint; adjacent windows are joined.
export function windowSpans(
  availability: Availability,
  fromDay: number,
  toDay: number,
): Span[] {
  const { timeZone } = availability;
  const weekly: MinuteWindow[][] = [[], [], [], [], [], [], []];
  for (const window of availability.weeklyWindows) {
    weekly[window.weekday].push(toMinuteWindow(window));
  }
  const overrides = new Map<number, MinuteWindow[]>();
  for (const override of availability.overrides ?? []) {
    overrides.set(
      requireDay(override.date),
      override.windows.map(toMinuteWindow),
    );
  }

  const windows: Span[] = [];
  for (let day = fromDay; day <= toDay; day++) {
    for (const window of overrides.get(day) ?? weekly[weekdayOf(day)]) {
      windows.push({
        start: localMinuteToMs(day, window.start, timeZone),
        end: localMinuteToMs(day, window.end, timeZone),
      });
    }
  }

  return mergeSpans(windows);
}

// Every time off entry as absolute spans, sorted and disjoint.
export function timeOffSpans(availability: Availability): Span[] {
  return mergeSpans(
    (availability.timeOff ?? []).map((entry) =>
      timeOffSpan(entry, availability.timeZone),
    ),
  );
}

// Available spans on local days `fromDay`..`toDay`: windows minus time off.
export function availabilitySpans(
  availability: Availability,
  fromDay: number,
  toDay: number,
): Span[] {
  return subtractSpans(
    windowSpans(availability, fromDay, toDay),
    timeOffSpans(availability),
  );
}

// Local day numbers in `timeZone` of the first and last instant of a span.
export function localDaysOf(
  span: Span,
  timeZone: string,
): { fromDay: number; toDay: number } {
  return {
    fromDay: instantToLocal(span.start, timeZone).dayNumber,
    toDay: instantToLocal(Math.max(span.start, span.end - 1), timeZone)
      .dayNumber,
  };
}

/**
 * An interviewer's bookable time within `range` as UTC intervals: weekly
 * windows (or that date's override) in their zone, minus time off. Sessions,
 * buffers and caps are not applied; {@link findSlots} does that.
 */
export function expandAvailability(
  availability: Availability,
  range: Interval,
): Interval[] {
  const span = toSpan(range);
  const { fromDay, toDay } = localDaysOf(span, availability.timeZone);

  return clipSpans(
    availabilitySpans(availability, fromDay, toDay),
    span.start,
    span.end,
  ).map(toInterval);
}
