/** The browser's IANA time zone, the default for a new account. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Every IANA zone the browser knows, always including `include` and UTC. */
export function timeZoneOptions(include: string): string[] {
  const zones =
    typeof Intl.supportedValuesOf === 'function'
      ? Intl.supportedValuesOf('timeZone')
      : [];

  return [...new Set([...zones, include, 'UTC'])].sort((a, b) =>
    a.localeCompare(b),
  );
}
