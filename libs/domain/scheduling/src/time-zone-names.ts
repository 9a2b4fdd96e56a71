/**
 * Every IANA zone name the runtime knows, sorted, always including UTC and
 * the given names (a stored zone or the browser's may be missing from an
 * older runtime's list).
 */
export function timeZoneNames(include: readonly string[] = []): string[] {
  const known =
    typeof Intl.supportedValuesOf === 'function'
      ? Intl.supportedValuesOf('timeZone')
      : [];

  return [...new Set([...known, ...include, 'UTC'])].sort((a, b) =>
    a.localeCompare(b),
  );
}

/**
 * A zone name as people read it: "America/New_York" → "America/New York";
 * "Europe/Paris" stays as it is.
 */
export function timeZoneLabel(timeZone: string): string {
  return timeZone.replace(/_/g, ' ');
}
