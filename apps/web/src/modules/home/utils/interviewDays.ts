import type { MyInterviewsQuery, PanelRole } from '@web/generated/graphql';
import {
  addDays,
  formatDateKey,
  formatTime,
  zonedParts,
} from '@web/modules/shared/utils/timeZoneDisplay';

export type MyInterview = MyInterviewsQuery['myInterviews'][number];

export type InterviewDay<T> = {
  /** YYYY-MM-DD in the viewer's zone */
  dateKey: string;
  /** "Today", "Tomorrow", "Yesterday" or e.g. "Monday, March 2" */
  label: string;
  sessions: T[];
};

/** "Today", "Tomorrow" and "Yesterday" near `todayKey`, else the weekday and date. */
export function dayLabel(
  dateKey: string,
  todayKey: string,
  locale?: string,
): string {
  if (dateKey === todayKey) {
    return 'Today';
  }
  if (dateKey === addDays(todayKey, 1)) {
    return 'Tomorrow';
  }
  if (dateKey === addDays(todayKey, -1)) {
    return 'Yesterday';
  }

  return formatDateKey(dateKey, locale);
}

/**
 * Sessions grouped by their start's calendar day in the viewer's zone, days
 * and sessions in time order. Days are compared as local dates, never as
 * 24-hour steps, so a 23- or 25-hour DST day still groups right. The API also
 * returns sessions that started before today and are still open; they keep
 * their own day, ahead of today.
 */
export function groupSessionsByDay<T extends { startsAt: string }>(
  sessions: readonly T[],
  timeZone: string,
  now: Date,
  locale?: string,
): InterviewDay<T>[] {
  const todayKey = zonedParts(now, timeZone).dateKey;
  const days = new Map<string, T[]>();
  const sorted = [...sessions].sort(
    (a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt),
  );
  for (const session of sorted) {
    const dateKey = zonedParts(session.startsAt, timeZone).dateKey;
    days.set(dateKey, [...(days.get(dateKey) ?? []), session]);
  }

  return [...days.entries()].map(([dateKey, daySessions]) => ({
    dateKey,
    label: dayLabel(dateKey, todayKey, locale),
    sessions: daySessions,
  }));
}

/** "09:00 – 10:00" in the zone; "23:30 – 00:30 (+1 day)" across midnight. */
export function formatSessionTimes(
  startsAt: string,
  endsAt: string,
  timeZone: string,
  locale?: string,
): string {
  const startDay = zonedParts(startsAt, timeZone).dateKey;
  const endDay = zonedParts(endsAt, timeZone).dateKey;
  const range = `${formatTime(startsAt, timeZone, locale)} – ${formatTime(endsAt, timeZone, locale)}`;

  return startDay === endDay ? range : `${range} (+1 day)`;
}

/** The viewer's seat on the panel, or null when they are not on it. */
export function myPanelRole(
  session: Pick<MyInterview, 'panel'>,
  userId: string,
): PanelRole | null {
  return (
    session.panel.find((panelist) => panelist.user.id === userId)?.role ?? null
  );
}

/** A location that is a meeting URL rather than a room name. */
export function isMeetingLink(location: string): boolean {
  return /^https?:\/\/\S+$/i.test(location.trim());
}
