/** Formats an ISO date-time for display, in the viewer's time zone when known. */
export function formatDate(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(undefined, {
    dateStyle: 'medium',
    timeZone,
  }).format(new Date(iso));
}

export function formatDateTime(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  })
    .format(new Date(iso))
    .concat(` (${timeZoneLabel(timeZone)})`);
}

function timeZoneLabel(timeZone?: string): string {
  const zone = timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

  return zone.replace(/_/g, ' ');
}
