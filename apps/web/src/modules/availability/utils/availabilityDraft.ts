import type {
  AvailabilityFieldsFragment,
  SetAvailabilityInput,
} from '@web/generated/graphql';

import {
  formatTimeOfDay,
  parseTimeOfDay,
  sortWindows,
  WEEKDAY_NAMES,
  type WeeklyWindowDraft,
} from './weekGrid';

export type TimeWindowDraft = { start: string; end: string };

export type DateOverrideDraft = {
  date: string;
  /** Empty: unavailable all day. */
  windows: TimeWindowDraft[];
};

export type TimeOffDraft = {
  kind: 'dates' | 'interval';
  startDate: string;
  endDate: string;
  /** Exact instants, for kind "interval" (set elsewhere; kept as they are). */
  start: string | null;
  end: string | null;
  note: string;
};

export type AvailabilityDraft = {
  timeZone: string;
  weeklyWindows: WeeklyWindowDraft[];
  overrides: DateOverrideDraft[];
  timeOff: TimeOffDraft[];
  bufferMinutes: number | string;
  dailyCap: number | string;
  weeklyCap: number | string;
};

export const DEFAULT_WINDOW: TimeWindowDraft = { start: '09:00', end: '17:00' };

export function toDraft(
  availability: AvailabilityFieldsFragment,
): AvailabilityDraft {
  return {
    timeZone: availability.timeZone,
    weeklyWindows: sortWindows(
      availability.weeklyWindows.map(({ weekday, start, end }) => ({
        weekday,
        start,
        end,
      })),
    ),
    overrides: availability.overrides.map(({ date, windows }) => ({
      date,
      windows: windows.map(({ start, end }) => ({ start, end })),
    })),
    timeOff: availability.timeOff.map((off) => ({
      kind: off.kind === 'interval' ? 'interval' : 'dates',
      startDate: off.startDate ?? '',
      endDate: off.endDate ?? '',
      start: off.start,
      end: off.end,
      note: off.note ?? '',
    })),
    bufferMinutes: availability.bufferMinutes,
    dailyCap: availability.dailyCap ?? '',
    weeklyCap: availability.weeklyCap ?? '',
  };
}

function optionalNumber(value: number | string): number | null {
  return value === '' ? null : Number(value);
}

export function toInput(
  draft: AvailabilityDraft,
  expectedVersion: number,
): SetAvailabilityInput {
  return {
    timeZone: draft.timeZone,
    weeklyWindows: draft.weeklyWindows.map(({ weekday, start, end }) => ({
      weekday,
      start: start.trim(),
      end: end.trim(),
    })),
    overrides: draft.overrides.map(({ date, windows }) => ({
      date,
      windows: windows.map(({ start, end }) => ({
        start: start.trim(),
        end: end.trim(),
      })),
    })),
    timeOff: draft.timeOff.map((off) =>
      off.kind === 'interval'
        ? {
            kind: 'interval',
            start: off.start,
            end: off.end,
            note: off.note || null,
          }
        : {
            kind: 'dates',
            startDate: off.startDate,
            endDate: off.endDate || off.startDate,
            note: off.note.trim() || null,
          },
    ),
    bufferMinutes: optionalNumber(draft.bufferMinutes) ?? 0,
    dailyCap: optionalNumber(draft.dailyCap),
    weeklyCap: optionalNumber(draft.weeklyCap),
    expectedVersion,
  };
}

/**
 * Field paths as the editor keys its errors: `weeklyWindows[1].end`. The API
 * also answers `timeOff.0` for one rule; both spellings map to the same key.
 */
export function normalizeFieldPath(field: string): string {
  return field.replace(/^input\./, '').replace(/\.(\d+)(?=\.|$)/g, '[$1]');
}

export type FieldErrors = Record<string, string>;

/** Drops errors under a path prefix, when that part of the form changed. */
export function withoutErrorsUnder(
  errors: FieldErrors,
  prefix: string,
): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).filter(([field]) => !field.startsWith(prefix)),
  );
}

/** The name the editor gives a weekly window: "Monday window 2". */
export function weeklyWindowName(
  windows: WeeklyWindowDraft[],
  index: number,
): string {
  const window = windows[index];
  if (!window) {
    return `window ${index + 1}`;
  }
  const position = windows
    .slice(0, index + 1)
    .filter((other) => other.weekday === window.weekday).length;

  return `${WEEKDAY_NAMES[window.weekday] ?? 'Day'} window ${position}`;
}

/** Replaces API paths inside a message ("overlaps weeklyWindows[8]") with the editor's names. */
export function humanizeMessage(
  message: string,
  draft: Pick<AvailabilityDraft, 'weeklyWindows'>,
): string {
  return message
    .replace(/weeklyWindows\[(\d+)\]/g, (_, index: string) =>
      weeklyWindowName(draft.weeklyWindows, Number(index)),
    )
    .replace(
      /overrides\[(\d+)\]\.windows\[(\d+)\]/g,
      (_, override: string, window: string) =>
        `override ${Number(override) + 1} window ${Number(window) + 1}`,
    )
    .replace(
      /overrides\[(\d+)\]/g,
      (_, override: string) => `override ${Number(override) + 1}`,
    );
}

/** A window to add to a day: 09:00–17:00 on an empty day, else an hour after the last one. */
export function nextWindowFor(windows: { start: string; end: string }[]): {
  start: string;
  end: string;
} {
  const ends = windows
    .map((window) => parseTimeOfDay(window.end))
    .filter((end): end is number => end !== null);
  if (!ends.length) {
    return { ...DEFAULT_WINDOW };
  }
  const start = Math.max(...ends) + 30;
  if (start + 30 > 24 * 60) {
    return { start: '', end: '' };
  }

  return {
    start: formatTimeOfDay(start),
    end: formatTimeOfDay(Math.min(start + 60, 24 * 60)),
  };
}
