/** True for IANA zone names the runtime knows, e.g. "Europe/Paris". */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });

    return true;
  } catch {
    return false;
  }
}

/**
 * A moment as a person reads it in their zone, labelled with the zone, e.g.
 * "Mon 14 Dec 2026, 10:00 (Europe/Paris)". Used in emails, where the reader's
 * device cannot convert it for them.
 */
export function formatInTimeZone(moment: Date, timeZone: string, options: { withZone?: boolean } = {}): string {
  const text = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(moment);

  const local = text.replace(/^(\w+),/, '$1');

  return options.withZone === false ? local : `${local} (${timeZone})`;
}

/**
 * A moment as ISO 8601 local time with the zone's offset, e.g.
 * "2026-12-14T10:00:00+01:00" in Europe/Paris: a person reads the local time
 * and a program still gets the exact instant.
 */
export function isoInTimeZone(moment: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(moment)
      .map((part) => [part.type, part.value]),
  );
  const wall = `${parts['year']}-${parts['month']}-${parts['day']}T${parts['hour']}:${parts['minute']}:${parts['second']}`;
  const wholeSeconds = Math.floor(moment.getTime() / 1000) * 1000;
  const offsetMinutes = Math.round((Date.parse(`${wall}Z`) - wholeSeconds) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offsetMinutes) % 60).padStart(2, '0');

  return `${wall}${sign}${hours}:${minutes}`;
}
