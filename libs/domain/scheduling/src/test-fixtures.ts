import type {
  Availability,
  FindSlotsInput,
  Interval,
  InterviewerSchedule,
  Slot,
  Weekday,
  WeeklyWindow,
} from './types';

export const MONDAY_TO_FRIDAY: Weekday[] = [1, 2, 3, 4, 5];
export const EVERY_DAY: Weekday[] = [0, 1, 2, 3, 4, 5, 6];

export function interval(start: string, end: string): Interval {
  return { start: new Date(start), end: new Date(end) };
}

export function weekly(
  start: string,
  end: string,
  weekdays: Weekday[] = MONDAY_TO_FRIDAY,
): WeeklyWindow[] {
  return weekdays.map((weekday) => ({ weekday, start, end }));
}

export function availability(
  timeZone: string,
  overrides: Partial<Availability> = {},
): Availability {
  return { timeZone, weeklyWindows: weekly('09:00', '17:00'), ...overrides };
}

export function schedule(
  interviewerId: string,
  availabilityInput: Availability,
  sessions: Interval[] = [],
): InterviewerSchedule {
  return { interviewerId, availability: availabilityInput, sessions };
}

/** A search over `range` with `now` long before it, 60-minute slots on a 60-minute grid. */
export function search(
  interviewers: InterviewerSchedule[],
  range: Interval,
  overrides: Partial<FindSlotsInput> = {},
): FindSlotsInput {
  return {
    panel: { requiredIds: interviewers.map((entry) => entry.interviewerId) },
    interviewers,
    durationMinutes: 60,
    stepMinutes: 60,
    range,
    now: new Date('2000-01-01T00:00:00Z'),
    maxResults: 1000,
    ...overrides,
  };
}

export function startsOf(slots: Slot[]): string[] {
  return slots.map((slot) => slot.start.toISOString());
}

/** Slot starts sorted chronologically, as `HH:MM` UTC grouped by UTC date. */
export function startsByDate(slots: Slot[]): Record<string, string[]> {
  const byDate: Record<string, string[]> = {};
  for (const start of startsOf(slots).sort()) {
    (byDate[start.slice(0, 10)] ??= []).push(start.slice(11, 16));
  }

  return byDate;
}
