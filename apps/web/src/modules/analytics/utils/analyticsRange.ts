import {
  addDays,
  isDateKey,
  zonedParts,
  zonedTimeToUtc,
} from '@web/modules/shared/utils/timeZoneDisplay';

export const DEFAULT_RANGE_DAYS = 90;

/** Calendar days (YYYY-MM-DD) in the viewer's zone, both included. */
export type DateRange = { from: string; to: string };

export type AnalyticsFilterValues = DateRange & {
  kitId: string | null;
  interviewerId: string | null;
};

/** The last 90 days up to today, in the viewer's zone. */
export function defaultRange(now: Date, timeZone: string): DateRange {
  const today = zonedParts(now, timeZone).dateKey;

  return { from: addDays(today, -DEFAULT_RANGE_DAYS), to: today };
}

export function defaultFilterValues(
  now: Date,
  timeZone: string,
): AnalyticsFilterValues {
  return { ...defaultRange(now, timeZone), kitId: null, interviewerId: null };
}

/** Why the range cannot be asked for, or null when it can. */
export function rangeError(range: DateRange): string | null {
  if (!isDateKey(range.from) || !isDateKey(range.to)) {
    return 'Enter both dates.';
  }
  if (range.from > range.to) {
    return 'The start date must be on or before the end date.';
  }

  return null;
}

/**
 * The API's filter: sessions starting from the first day's midnight up to
 * (not including) the midnight after the last day, in the viewer's zone.
 */
export function toAnalyticsFilter(
  values: AnalyticsFilterValues,
  timeZone: string,
): {
  from: string;
  to: string;
  kitId: string | null;
  interviewerId: string | null;
} | null {
  if (rangeError(values) !== null) {
    return null;
  }

  return {
    from: zonedTimeToUtc(values.from, '00:00', timeZone).toISOString(),
    to: zonedTimeToUtc(addDays(values.to, 1), '00:00', timeZone).toISOString(),
    kitId: values.kitId,
    interviewerId: values.interviewerId,
  };
}
