/** A half-open range of absolute time, `[start, end)`. */
export type Interval = { start: Date; end: Date };

/**
 * Day of the week, `0` = Sunday … `6` = Saturday: the convention of
 * `Date#getUTCDay()` and PostgreSQL `EXTRACT(DOW …)`.
 */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * Local wall-clock window `'HH:MM'`–`'HH:MM'` (24-hour), half-open.
 * `end` may be `'24:00'` for "until midnight"; windows never cross midnight
 * (split them in two: `22:00–24:00` and next day `00:00–02:00`, which join).
 */
export type TimeWindow = { start: string; end: string };

/** A recurring window on one weekday, in the interviewer's time zone. */
export type WeeklyWindow = TimeWindow & { weekday: Weekday };

/**
 * Replaces the weekly windows on one local date (`'YYYY-MM-DD'`).
 * An empty `windows` list marks the interviewer unavailable that day.
 */
export type DateOverride = { date: string; windows: TimeWindow[] };

/**
 * Time off that blocks slots: either an absolute interval, or whole local
 * dates `startDate`..`endDate` inclusive (`'YYYY-MM-DD'`, interviewer's zone).
 */
export type TimeOff =
  | { kind: 'interval'; start: Date; end: Date }
  | { kind: 'dates'; startDate: string; endDate: string };

/** One interviewer's availability settings, all in their own time zone. */
export type Availability = {
  /** IANA zone name, e.g. `'Europe/Berlin'`. */
  timeZone: string;
  /** Several windows per weekday are allowed; they must not overlap. */
  weeklyWindows: WeeklyWindow[];
  overrides?: DateOverride[];
  timeOff?: TimeOff[];
  /** Max sessions per local day; `null`/absent = no cap. */
  dailyCap?: number | null;
  /** Max sessions per ISO week (Monday–Sunday, local); `null`/absent = no cap. */
  weeklyCap?: number | null;
  /** Minutes kept free before and after each existing session, 0..240 (default 0). */
  bufferMinutes?: number;
};

/** Availability plus the sessions an interviewer already has. */
export type InterviewerSchedule = {
  interviewerId: string;
  availability: Availability;
  /** Existing active sessions; each counts once toward the caps. Any order. */
  sessions: Interval[];
};

/**
 * Who sits on the panel: every `requiredIds` member, plus `pool.count`
 * members of `pool.ids` chosen per slot by lowest load. Use either or both.
 */
export type PanelRequest = {
  requiredIds?: string[];
  pool?: { ids: string[]; count: number };
};

/** Input of {@link findSlots}. */
export type FindSlotsInput = {
  panel: PanelRequest;
  /** Schedules of every interviewer named in `panel`. */
  interviewers: InterviewerSchedule[];
  durationMinutes: number;
  /** Slots start at or after `range.start` and end at or before `range.end`. */
  range: Interval;
  /** Slots never start before `now` plus `minimumNoticeMinutes`. */
  now: Date;
  /** Team's minimum notice for a booking, whole minutes (default 0). */
  minimumNoticeMinutes?: number;
  /** Grid of candidate starts, aligned to UTC multiples of it (default 15). */
  stepMinutes?: number;
  /** Default 50. */
  maxResults?: number;
};

/** A start time at which the whole panel is free. Times are UTC `Date`s. */
export type Slot = {
  start: Date;
  end: Date;
  /** Required interviewers in request order, then the chosen pool members. */
  interviewerIds: string[];
  /** Sum of the panelists' loads: lower is fairer. See {@link panelistLoad}. */
  score: number;
};
