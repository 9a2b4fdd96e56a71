import { parseLocalDate, parseTimeOfDay } from './local-date';
import { isKnownTimeZone } from './time-zone';
import type { Availability, TimeOff, TimeWindow } from './types';

/** Codes of {@link AvailabilityProblem}. */
export type AvailabilityProblemCode =
  | 'UNKNOWN_TIME_ZONE'
  | 'INVALID_WEEKDAY'
  | 'INVALID_TIME'
  | 'INVALID_DATE'
  | 'INVALID_INSTANT'
  | 'END_NOT_AFTER_START'
  | 'OVERLAPPING_WINDOWS'
  | 'DUPLICATE_OVERRIDE_DATE'
  | 'INVALID_CAP'
  | 'BUFFER_OUT_OF_RANGE';

/**
 * One thing wrong with an availability input. `field` is a path into the
 * input, e.g. `weeklyWindows[2].end` (prefixed when validated as part of a
 * larger input), for the API to name in its BAD_USER_INPUT error.
 */
export type AvailabilityProblem = {
  code: AvailabilityProblemCode;
  field: string;
  message: string;
};

/** Largest allowed `bufferMinutes` (the smallest is 0). */
export const MAX_BUFFER_MINUTES = 240;

type Indexed = { path: string; start: number; end: number };

// Messages are shown next to the field a person filled in: they say what to
// enter, never a format code or the raw value echoed back.
function notA(kind: string, value: unknown, hint: string): string {
  const text = typeof value === 'string' ? value.trim() : '';

  return text === ''
    ? `Enter ${hint}.`
    : `"${text}" is not ${kind}: enter ${hint}.`;
}

function checkWindow(
  window: TimeWindow,
  path: string,
  problems: AvailabilityProblem[],
): Indexed | null {
  const start = parseTimeOfDay(window.start);
  const end = parseTimeOfDay(window.end, true);
  if (start === null) {
    problems.push({
      code: 'INVALID_TIME',
      field: `${path}.start`,
      message: notA('a time', window.start, 'a start time from 00:00 to 23:59'),
    });
  }
  if (end === null) {
    problems.push({
      code: 'INVALID_TIME',
      field: `${path}.end`,
      message: notA('a time', window.end, 'an end time from 00:00 to 24:00'),
    });
  }
  if (start === null || end === null) {
    return null;
  }
  if (end <= start) {
    problems.push({
      code: 'END_NOT_AFTER_START',
      field: `${path}.end`,
      message: `End after the start (${window.start}).`,
    });

    return null;
  }

  return { path, start, end };
}

function checkOverlaps(
  windows: Indexed[],
  problems: AvailabilityProblem[],
): void {
  const sorted = [...windows].sort((a, b) => a.start - b.start);
  for (let index = 1; index < sorted.length; index++) {
    if (sorted[index].start < sorted[index - 1].end) {
      problems.push({
        code: 'OVERLAPPING_WINDOWS',
        field: sorted[index].path,
        message: `Overlaps ${sorted[index - 1].path}: move or merge them.`,
      });
    }
  }
}

function isValidDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

function checkTimeOff(
  timeOff: TimeOff,
  path: string,
  problems: AvailabilityProblem[],
): void {
  if (timeOff.kind === 'interval') {
    if (!isValidDate(timeOff.start) || !isValidDate(timeOff.end)) {
      problems.push({
        code: 'INVALID_INSTANT',
        field: path,
        message: 'Enter both when the time off starts and when it ends.',
      });
    } else if (timeOff.end.getTime() <= timeOff.start.getTime()) {
      problems.push({
        code: 'END_NOT_AFTER_START',
        field: `${path}.end`,
        message: 'End after the start.',
      });
    }

    return;
  }
  const startDay = parseLocalDate(timeOff.startDate);
  const endDay = parseLocalDate(timeOff.endDate);
  if (startDay === null) {
    problems.push({
      code: 'INVALID_DATE',
      field: `${path}.startDate`,
      message: notA('a date', timeOff.startDate, 'the first day off'),
    });
  }
  if (endDay === null) {
    problems.push({
      code: 'INVALID_DATE',
      field: `${path}.endDate`,
      message: notA('a date', timeOff.endDate, 'the last day off'),
    });
  }
  if (startDay !== null && endDay !== null && endDay < startDay) {
    problems.push({
      code: 'END_NOT_AFTER_START',
      field: `${path}.endDate`,
      message: `The last day off cannot be before the first (${timeOff.startDate}).`,
    });
  }
}

function checkCap(
  value: number | null | undefined,
  path: string,
  problems: AvailabilityProblem[],
): void {
  if (
    value !== null &&
    value !== undefined &&
    !(Number.isInteger(value) && value >= 0)
  ) {
    problems.push({
      code: 'INVALID_CAP',
      field: path,
      message:
        'Enter a whole number, 0 or more, or leave it empty for no limit.',
    });
  }
}

/**
 * Every problem in an availability input, in input order; empty when valid.
 * Checks: known IANA zone, weekday 0..6, `HH:MM` times with end after start,
 * no overlapping windows on one weekday or override date, real dates, one
 * override per date, caps whole and >= 0, buffer whole and 0..240.
 *
 * @param fieldPrefix prepended to every `field`, e.g. `'input.availability.'`.
 */
export function validateAvailability(
  availability: Availability,
  fieldPrefix = '',
): AvailabilityProblem[] {
  const problems: AvailabilityProblem[] = [];
  const at = (path: string): string => `${fieldPrefix}${path}`;

  if (!isKnownTimeZone(availability.timeZone)) {
    problems.push({
      code: 'UNKNOWN_TIME_ZONE',
      field: at('timeZone'),
      message: notA(
        'a time zone we know',
        availability.timeZone,
        'a time zone from the list',
      ),
    });
  }

  const byWeekday = new Map<number, Indexed[]>();
  availability.weeklyWindows.forEach((window, index) => {
    const path = at(`weeklyWindows[${index}]`);
    if (
      !Number.isInteger(window.weekday) ||
      window.weekday < 0 ||
      window.weekday > 6
    ) {
      problems.push({
        code: 'INVALID_WEEKDAY',
        field: `${path}.weekday`,
        message: 'Choose a day of the week.',
      });
    }
    const checked = checkWindow(window, path, problems);
    if (checked) {
      byWeekday.set(window.weekday, [
        ...(byWeekday.get(window.weekday) ?? []),
        checked,
      ]);
    }
  });
  byWeekday.forEach((windows) => checkOverlaps(windows, problems));

  const seenDates = new Map<string, string>();
  (availability.overrides ?? []).forEach((override, index) => {
    const path = at(`overrides[${index}]`);
    if (parseLocalDate(override.date) === null) {
      problems.push({
        code: 'INVALID_DATE',
        field: `${path}.date`,
        message: notA('a date', override.date, 'the date this override is for'),
      });
    } else if (seenDates.has(override.date)) {
      problems.push({
        code: 'DUPLICATE_OVERRIDE_DATE',
        field: `${path}.date`,
        message: `${override.date} already has an override (${seenDates.get(override.date)}): change one of the two.`,
      });
    } else {
      seenDates.set(override.date, path);
    }
    const windows = override.windows
      .map((window, windowIndex) =>
        checkWindow(window, `${path}.windows[${windowIndex}]`, problems),
      )
      .filter((window): window is Indexed => window !== null);
    checkOverlaps(windows, problems);
  });

  (availability.timeOff ?? []).forEach((timeOff, index) =>
    checkTimeOff(timeOff, at(`timeOff[${index}]`), problems),
  );

  checkCap(availability.dailyCap, at('dailyCap'), problems);
  checkCap(availability.weeklyCap, at('weeklyCap'), problems);
  const buffer = availability.bufferMinutes ?? 0;
  if (!Number.isInteger(buffer) || buffer < 0 || buffer > MAX_BUFFER_MINUTES) {
    problems.push({
      code: 'BUFFER_OUT_OF_RANGE',
      field: at('bufferMinutes'),
      message: `Enter a whole number of minutes from 0 to ${MAX_BUFFER_MINUTES}.`,
    });
  }

  return problems;
}
