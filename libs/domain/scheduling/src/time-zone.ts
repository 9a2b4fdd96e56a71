import {
  formatLocalDate,
  MINUTES_PER_DAY,
  MS_PER_DAY,
  MS_PER_MINUTE,
  parseLocalDate,
  parseTimeOfDay,
  weekdayOf,
} from './local-date';

type ZoneClock = {
  formatter: Intl.DateTimeFormat;
  // UTC-midnight day number -> offset (ms) in force at that instant.
  offsetAtUtcMidnight: Map<number, number>;
};

// Building a DateTimeFormat costs far more than using one, so one per zone.
const clocks = new Map<string, ZoneClock>();
const MAX_CACHED_DAYS_PER_ZONE = 20_000;
// Zone names are case-insensitive, so user input could mint endless keys.
const MAX_CACHED_ZONES = 1_000;
const WALL_CLOCK_PATTERN = /^(\d+)\/(\d+)\/(\d+), (\d+):(\d+):(\d+)$/;

function clockFor(timeZone: string): ZoneClock {
  let clock = clocks.get(timeZone);
  if (!clock) {
    // Throws a RangeError for a zone the runtime does not know.
    const formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    clock = { formatter, offsetAtUtcMidnight: new Map() };
    if (clocks.size >= MAX_CACHED_ZONES) {
      clocks.clear();
    }
    clocks.set(timeZone, clock);
  }

  return clock;
}

// format() + regex is ~3x faster than formatToParts() on Node 20.
function wallClockMs(clock: ZoneClock, instantMs: number): number {
  const match = WALL_CLOCK_PATTERN.exec(clock.formatter.format(instantMs));
  if (!match) {
    throw new Error(`Unexpected date format for instant ${instantMs}`);
  }
  const [, month, day, year, hour, minute, second] = match.map(Number);

  return Date.UTC(year, month - 1, day, hour, minute, second);
}

function offsetAt(clock: ZoneClock, instantMs: number): number {
  const wholeSecond = Math.floor(instantMs / 1000) * 1000;

  return wallClockMs(clock, wholeSecond) - wholeSecond;
}

function offsetAtDay(clock: ZoneClock, utcDay: number): number {
  let offset = clock.offsetAtUtcMidnight.get(utcDay);
  if (offset === undefined) {
    if (clock.offsetAtUtcMidnight.size >= MAX_CACHED_DAYS_PER_ZONE) {
      clock.offsetAtUtcMidnight.clear();
    }
    offset = offsetAt(clock, utcDay * MS_PER_DAY);
    clock.offsetAtUtcMidnight.set(utcDay, offset);
  }

  return offset;
}

// True for IANA zone names the runtime knows. Unlike the shared-util helper
// it reuses the cached formatter, which matters in per-request validation.
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    clockFor(timeZone);

    return true;
  } catch {
    return false;
  }
}

// Local date (day number) and minute of day of an instant in `timeZone`.
export function instantToLocal(
  instantMs: number,
  timeZone: string,
): { dayNumber: number; minuteOfDay: number } {
  const wall = wallClockMs(clockFor(timeZone), instantMs);
  const dayNumber = Math.floor(wall / MS_PER_DAY);

  return {
    dayNumber,
    minuteOfDay: Math.floor((wall - dayNumber * MS_PER_DAY) / MS_PER_MINUTE),
  };
}

// Instant (epoch ms) of a local date and minute of day (0..1440) in `timeZone`.
// Gap (nonexistent) times move forward by the gap; ambiguous times take the
// earlier instant, as Temporal's `disambiguation: 'compatible'` does.
export function localToInstantMs(
  dayNumber: number,
  minuteOfDay: number,
  timeZone: string,
): number {
  const clock = clockFor(timeZone);
  const naive = dayNumber * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE;
  // Offsets reach ±14 h, so any transition touching this local date happens
  // strictly between these two UTC midnights (one transition at most).
  const before = offsetAtDay(clock, dayNumber - 1);
  const after = offsetAtDay(clock, dayNumber + 2);
  if (before === after) {
    return naive - before;
  }
  const withBefore = naive - before;
  const withAfter = naive - after;
  const isBeforeValid = offsetAt(clock, withBefore) === before;
  const isAfterValid = offsetAt(clock, withAfter) === after;
  if (isBeforeValid && isAfterValid) {
    return Math.min(withBefore, withAfter);
  }
  if (isAfterValid) {
    return withAfter;
  }

  // In a gap, reading the wall time with the pre-transition offset lands
  // exactly one gap-length later on the new clock.
  return withBefore;
}

/**
 * The instant at which a wall clock in `timeZone` shows `date` `time`.
 *
 * - `date` is `'YYYY-MM-DD'`, `time` is `'HH:MM'` (or `'24:00'` = next midnight).
 * - Nonexistent local times (spring-forward gap) are shifted forward by the
 *   gap: `2026-03-08 02:30` in America/New_York is 03:30 EDT (07:30Z).
 * - Ambiguous local times (fall-back overlap) take the earlier instant, i.e.
 *   the offset in force before the change: `2026-11-01 01:30` in
 *   America/New_York is 01:30 EDT (05:30Z), not 01:30 EST.
 *
 * @throws RangeError for a malformed date or time or an unknown time zone.
 */
export function localDateTimeToInstant(
  date: string,
  time: string,
  timeZone: string,
): Date {
  const dayNumber = parseLocalDate(date);
  if (dayNumber === null) {
    throw new RangeError(`Invalid date "${date}", expected YYYY-MM-DD`);
  }
  const minuteOfDay = parseTimeOfDay(time, true);
  if (minuteOfDay === null) {
    throw new RangeError(`Invalid time "${time}", expected HH:MM`);
  }
  if (minuteOfDay === MINUTES_PER_DAY) {
    return new Date(localToInstantMs(dayNumber + 1, 0, timeZone));
  }

  return new Date(localToInstantMs(dayNumber, minuteOfDay, timeZone));
}

/**
 * Offset of `timeZone` from UTC at an instant, in minutes (Berlin in winter:
 * 60, New York in winter: -300).
 *
 * @throws RangeError for a zone the runtime does not know.
 */
export function timeZoneOffsetMinutes(
  instant: Date | number,
  timeZone: string,
): number {
  const instantMs = typeof instant === 'number' ? instant : instant.getTime();

  return Math.round(offsetAt(clockFor(timeZone), instantMs) / MS_PER_MINUTE);
}

/** What a wall clock in a zone shows at an instant. */
export type WallClock = {
  /** `'YYYY-MM-DD'` */
  date: string;
  /** `'HH:MM'`, 24-hour */
  time: string;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  /** Minutes since local midnight */
  minuteOfDay: number;
};

/**
 * The local date, time and weekday of an instant in `timeZone`.
 *
 * @throws RangeError for an invalid instant or a zone the runtime does not know.
 */
export function instantToWallClock(
  instant: Date | number,
  timeZone: string,
): WallClock {
  const instantMs = typeof instant === 'number' ? instant : instant.getTime();
  const { dayNumber, minuteOfDay } = instantToLocal(instantMs, timeZone);
  const hours = String(Math.floor(minuteOfDay / 60)).padStart(2, '0');
  const minutes = String(minuteOfDay % 60).padStart(2, '0');

  return {
    date: formatLocalDate(dayNumber),
    time: `${hours}:${minutes}`,
    weekday: weekdayOf(dayNumber),
    minuteOfDay,
  };
}
