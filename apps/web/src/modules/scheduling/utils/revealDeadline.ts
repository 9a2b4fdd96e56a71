import { zonedParts, zonedTimeToUtc } from '@web/modules/shared/utils/timeZoneDisplay';

/** The value of a datetime-local input showing `iso` on the clocks of `timeZone`. */
export function toLocalInputValue(
  iso: string | null | undefined,
  timeZone: string,
): string {
  if (!iso) {
    return '';
  }
  const parts = zonedParts(iso, timeZone);

  return `${parts.dateKey}T${parts.time}`;
}

/** The instant a datetime-local value means on the clocks of `timeZone`, or null when empty or malformed. */
export function fromLocalInputValue(
  value: string,
  timeZone: string,
): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(value);
  if (!match?.[1] || !match[2]) {
    return null;
  }

  return zonedTimeToUtc(match[1], match[2], timeZone);
}
