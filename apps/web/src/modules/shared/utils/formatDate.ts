import { timeZoneLabel } from '@panelwise/domain-scheduling';

// Every time a person reads is in their profile's zone (see useProfileTimeZone),
// so the zone is a required argument: no call falls back to the browser's.

/** A date, e.g. "Dec 7, 2026", in `timeZone`. */
export function formatDate(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, {
    dateStyle: 'medium',
    timeZone,
  }).format(new Date(iso));
}

/** A date and time labelled with its zone, e.g. "Dec 7, 2026, 9:05 AM (America/New York)". */
export function formatDateTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  })
    .format(new Date(iso))
    .concat(` (${timeZoneLabel(timeZone)})`);
}

/** A time of day today, short-labelled with its zone: "9:05 AM EST". */
export function formatClockTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(iso));
}
