/**
 * The API refuses to start a session earlier than this before its planned
 * start (CONFLICT, reason TOO_EARLY); the room says so instead of failing.
 */
export const EARLIEST_START_MINUTES = 30;

/** When the session can be started, or null once it can. */
export function opensAt(startsAt: string, now: number): Date | null {
  const opening = Date.parse(startsAt) - EARLIEST_START_MINUTES * 60_000;

  return now < opening ? new Date(opening) : null;
}
