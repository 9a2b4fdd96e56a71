import {
  addDays,
  zonedParts,
  zonedTimeToUtc,
} from '@web/modules/shared/utils/timeZoneDisplay';

/** The viewer's local day around `now`, as the instants [from, to) where it starts and ends. */
export function todayRange(
  now: Date,
  timeZone: string,
): { dateKey: string; from: string; to: string } {
  const dateKey = zonedParts(now, timeZone).dateKey;

  return {
    dateKey,
    from: zonedTimeToUtc(dateKey, '00:00', timeZone).toISOString(),
    to: zonedTimeToUtc(addDays(dateKey, 1), '00:00', timeZone).toISOString(),
  };
}
