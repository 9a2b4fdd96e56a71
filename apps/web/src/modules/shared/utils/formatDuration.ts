const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/**
 * A length of time in its largest whole unit, rounded down: "45 minutes",
 * "5 hours", "2 days". Under a minute is "less than a minute".
 */
export function formatDuration(milliseconds: number): string {
  const length = Math.abs(milliseconds);
  if (length < MINUTE) {
    return 'less than a minute';
  }
  if (length < HOUR) {
    return plural(Math.floor(length / MINUTE), 'minute');
  }
  if (length < DAY) {
    return plural(Math.floor(length / HOUR), 'hour');
  }

  return plural(Math.floor(length / DAY), 'day');
}

/** "just now", "5 minutes ago", "2 days ago". */
export function formatTimeAgo(iso: string, now: Date): string {
  const elapsed = now.getTime() - Date.parse(iso);
  if (elapsed < MINUTE) {
    return 'just now';
  }

  return `${formatDuration(elapsed)} ago`;
}
