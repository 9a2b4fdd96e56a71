// The web app's time display: wall-clock parts, week ranges and labels in a
// zone. Zone rules (offsets, the zone list, labels) come from the scheduling
// domain library, as the API uses them.
import {
  instantToWallClock,
  timeZoneLabel,
  timeZoneOffsetMinutes,
} from '@panelwise/domain-scheduling';

/** The browser's IANA time zone, the default for a new account. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Wall-clock parts of an instant in an IANA zone. */
export type ZonedParts = {
  /** YYYY-MM-DD */
  dateKey: string;
  /** HH:MM, 24-hour */
  time: string;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  /** Minutes since local midnight */
  minutes: number;
};

export function zonedParts(date: Date | string, timeZone: string): ZonedParts {
  const wall = instantToWallClock(new Date(date), timeZone);

  return {
    dateKey: wall.date,
    time: wall.time,
    weekday: wall.weekday,
    minutes: wall.minuteOfDay,
  };
}

/**
 * The instant at which clocks in the zone show that date and time. A time
 * skipped by a DST jump resolves to the instant just after the jump.
 */
export function zonedTimeToUtc(
  dateKey: string,
  time: string,
  timeZone: string,
): Date {
  const [year, month, day] = dateKey.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const wall = Date.UTC(
    year ?? 1970,
    (month ?? 1) - 1,
    day ?? 1,
    hour ?? 0,
    minute ?? 0,
  );
  const firstGuess =
    wall - timeZoneOffsetMinutes(wall, timeZone) * 60_000;
  const secondGuess =
    wall - timeZoneOffsetMinutes(firstGuess, timeZone) * 60_000;

  return new Date(secondGuess);
}

/** YYYY-MM-DD plus a number of days (calendar arithmetic, no zone). */
export function addDays(dateKey: string, days: number): string {
  const [year, month, day] = dateKey.split('-').map(Number);
  const date = new Date(
    Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days),
  );

  return date.toISOString().slice(0, 10);
}

/** The Monday on or before the date. */
export function mondayOf(dateKey: string): string {
  const [year, month, day] = dateKey.split('-').map(Number);
  const weekday = new Date(
    Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1),
  ).getUTCDay();

  return addDays(dateKey, -((weekday + 6) % 7));
}

export function isDateKey(value: string | null | undefined): value is string {
  return (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    !Number.isNaN(Date.parse(`${value}T00:00:00Z`))
  );
}

/** The instants [from, to) of seven local days starting at the Monday. */
export function weekRange(
  mondayKey: string,
  timeZone: string,
): { from: Date; to: Date } {
  return {
    from: zonedTimeToUtc(mondayKey, '00:00', timeZone),
    to: zonedTimeToUtc(addDays(mondayKey, 7), '00:00', timeZone),
  };
}

function uses12HourClock(locale?: string): boolean {
  const { hourCycle } = new Intl.DateTimeFormat(locale, {
    hour: 'numeric',
  }).resolvedOptions();

  return hourCycle === 'h12' || hourCycle === 'h11';
}

/** The local time of day, e.g. "09:30" or "9:30 AM" depending on the locale. */
export function formatTime(
  date: Date | string,
  timeZone: string,
  locale?: string,
): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    // "9:00 AM" but "09:00": a leading zero only on 24-hour clocks.
    hour: uses12HourClock(locale) ? 'numeric' : '2-digit',
    minute: '2-digit',
  }).format(new Date(date));
}

/** "Mon, Mar 2" in the zone. */
export function formatDayLabel(
  date: Date | string,
  timeZone: string,
  locale?: string,
): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
  }).format(new Date(date));
}

/** A local date key as a label, e.g. "Monday, March 2". */
export function formatDateKey(dateKey: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: 'long',
    month: 'long',
    day: 'numeric',
  }).format(new Date(`${dateKey}T12:00:00Z`));
}

/**
 * A session's time in one zone, with the zone named, e.g.
 * "Mon, Mar 2, 09:00 – 10:00 (Europe/Berlin)". A session that ends on
 * another local day shows both dates.
 */
export function formatTimeRange(
  start: Date | string,
  end: Date | string,
  timeZone: string,
  locale?: string,
): string {
  const startDay = zonedParts(start, timeZone).dateKey;
  const endDay = zonedParts(end, timeZone).dateKey;
  const endText =
    startDay === endDay
      ? formatTime(end, timeZone, locale)
      : `${formatDayLabel(end, timeZone, locale)}, ${formatTime(end, timeZone, locale)}`;

  return `${formatDayLabel(start, timeZone, locale)}, ${formatTime(start, timeZone, locale)} – ${endText} (${timeZoneLabel(timeZone)})`;
}

/** The local day relative to the viewer's day: "" same day, "+1 day", "−1 day". */
export function dayShift(
  date: Date | string,
  timeZone: string,
  referenceZone: string,
): string {
  const local = zonedParts(date, timeZone).dateKey;
  const reference = zonedParts(date, referenceZone).dateKey;
  if (local === reference) {
    return '';
  }

  return local > reference ? '+1 day' : '−1 day';
}
