// Civil-date arithmetic on day numbers (days since 1970-01-01), free of any
// time zone: a local date is only turned into an instant in time-zone.ts.

export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;
export const MINUTES_PER_DAY = 1440;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^(\d{2}):(\d{2})$/;

// Day number of a `'YYYY-MM-DD'` date, or `null` when it is not a real date.
export function parseLocalDate(value: string): number | null {
  const match = DATE_PATTERN.exec(value);
  if (!match) {
    return null;
  }
  const [year, month, day] = [
    Number(match[1]),
    Number(match[2]),
    Number(match[3]),
  ];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  // Date.UTC rolls 2026-02-30 over to March; a round trip catches it.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return null;
  }

  return ms / MS_PER_DAY;
}

export function formatLocalDate(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

// Minutes since midnight of a `'HH:MM'` time, or `null` when malformed.
// `'24:00'` (1440) is accepted only when `allowEndOfDay` is set.
export function parseTimeOfDay(
  value: string,
  allowEndOfDay = false,
): number | null {
  const match = TIME_PATTERN.exec(value);
  if (!match) {
    return null;
  }
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  if (allowEndOfDay && minutes === MINUTES_PER_DAY) {
    return minutes;
  }
  if (Number(match[1]) > 23 || Number(match[2]) > 59) {
    return null;
  }

  return minutes;
}

// 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday).
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

// Same number for every day of one ISO week (Monday–Sunday).
export function isoWeekKey(dayNumber: number): number {
  return Math.floor((dayNumber + 3) / 7);
}

// Day number of the Monday starting the ISO week of `dayNumber`.
export function mondayOf(dayNumber: number): number {
  return isoWeekKey(dayNumber) * 7 - 3;
}
