import { toSpan } from './interval';
import { earliestBookableStart } from './bookable';
import { MS_PER_MINUTE } from './local-date';
import type { PanelistCalendar } from './panelist-calendar';
import { buildPanelistCalendar, capStateAt } from './panelist-calendar';
import type { LoadedCandidate, RankedSlot } from './scoring';
import { compareRankedSlots, panelistLoad, pickLowestLoad } from './scoring';
import {
  SlotSearchInputError,
  validateSlotSearch,
} from './slot-search-validation';
import type { FindSlotsInput, InterviewerSchedule, Slot } from './types';

/** Grid of candidate starts when `stepMinutes` is not given. */
export const DEFAULT_STEP_MINUTES = 15;
/** Number of slots returned when `maxResults` is not given. */
export const DEFAULT_MAX_RESULTS = 50;

// Candidate starts only grow, so each panelist keeps forward-only indexes.
type Cursor = {
  calendar: PanelistCalendar;
  freeIndex: number;
  dayIndex: number;
};

// Earliest instant >= `start` from which `[instant, instant + duration)` may
// fit in a free span: `start` itself when it fits, `null` when nothing later fits.
function nextFit(
  cursor: Cursor,
  start: number,
  duration: number,
): number | null {
  const { free } = cursor.calendar;
  while (
    cursor.freeIndex < free.length &&
    free[cursor.freeIndex].end < start + duration
  ) {
    cursor.freeIndex++;
  }
  if (cursor.freeIndex === free.length) {
    return null;
  }

  return Math.max(start, free[cursor.freeIndex].start);
}

// The panelist's load at `start`, or `null` when a cap is already reached.
function loadAt(cursor: Cursor, start: number): number | null {
  const { calendar } = cursor;
  while (calendar.dayStarts[cursor.dayIndex + 1] <= start) {
    cursor.dayIndex++;
  }
  const caps = capStateAt(calendar, cursor.dayIndex);
  if (caps.isDailyCapReached || caps.isWeeklyCapReached) {
    return null;
  }

  return panelistLoad({
    periodCount: calendar.periodCount,
    dayCount: caps.dayCount,
    weekCount: caps.weekCount,
  });
}

function cursorsFor(
  ids: readonly string[],
  schedules: Map<string, InterviewerSchedule>,
  range: { start: number; end: number },
): Cursor[] {
  return ids.map((id) => {
    const schedule = schedules.get(id);
    if (!schedule) {
      throw new Error(`No schedule for ${id}`);
    }

    return {
      calendar: buildPanelistCalendar(schedule, range),
      freeIndex: 0,
      dayIndex: 0,
    };
  });
}

/**
 * Start times at which the whole panel is available, best first.
 *
 * A slot is `durationMinutes` long, starts on the step grid (UTC multiples
 * of `stepMinutes`, default 15), not before `now` plus `minimumNoticeMinutes`
 * nor `range.start`, ends by `range.end`, and for every panelist: lies inside
 * one of their windows
 * (weekly or that date's override, in their zone; adjacent windows join),
 * misses their time off and their sessions widened by their buffer, and
 * finds their daily and weekly caps not yet reached by existing sessions
 * (counted on the slot's local day and ISO week in their zone). These are
 * the rules of {@link checkBookable}, read from the same panelist calendar:
 * every slot returned passes it, and every grid start it passes is offered.
 *
 * For `panel.pool`, each slot gets the `count` available pool members with
 * the lowest {@link panelistLoad}, ties to the smallest id. Results are sorted
 * by `score` (sum of the panel's loads, lower first), then start; at most
 * `maxResults` (default 50). Pure and deterministic.
 *
 * @throws SlotSearchInputError listing every problem of an invalid input.
 */
export function findSlots(input: FindSlotsInput): Slot[] {
  const problems = validateSlotSearch(input);
  if (problems.length > 0) {
    throw new SlotSearchInputError(problems);
  }
  const step = (input.stepMinutes ?? DEFAULT_STEP_MINUTES) * MS_PER_MINUTE;
  const duration = input.durationMinutes * MS_PER_MINUTE;
  const range = toSpan(input.range);
  const schedules = new Map(
    input.interviewers.map((schedule) => [schedule.interviewerId, schedule]),
  );
  const required = cursorsFor(input.panel.requiredIds ?? [], schedules, range);
  const pool = cursorsFor(input.panel.pool?.ids ?? [], schedules, range);
  const poolCount = input.panel.pool?.count ?? 0;

  const alignUp = (instant: number): number => Math.ceil(instant / step) * step;
  const lastStart = range.end - duration;
  const ranked: RankedSlot[] = [];
  let start = alignUp(Math.max(range.start, earliestBookableStart(input)));

  search: while (start <= lastStart) {
    let nextStart = start + step;
    let isFree = true;
    for (const cursor of required) {
      const fit = nextFit(cursor, start, duration);
      if (fit === null) {
        break search;
      }
      if (fit > start) {
        // Nobody can be skipped past: no earlier start fits this panelist.
        nextStart = Math.max(nextStart, alignUp(fit));
        isFree = false;
      }
    }
    if (!isFree) {
      start = nextStart;
      continue;
    }

    let score = 0;
    const interviewerIds: string[] = [];
    for (const cursor of required) {
      const load = loadAt(cursor, start);
      if (load === null) {
        break;
      }
      score += load;
      interviewerIds.push(cursor.calendar.interviewerId);
    }
    if (interviewerIds.length < required.length) {
      start = nextStart;
      continue;
    }

    if (poolCount > 0) {
      const candidates: LoadedCandidate[] = [];
      for (const cursor of pool) {
        const load =
          nextFit(cursor, start, duration) === start
            ? loadAt(cursor, start)
            : null;
        if (load !== null) {
          candidates.push({
            interviewerId: cursor.calendar.interviewerId,
            load,
          });
        }
      }
      const picked = pickLowestLoad(candidates, poolCount);
      if (!picked) {
        start = nextStart;
        continue;
      }
      for (const candidate of picked) {
        score += candidate.load;
        interviewerIds.push(candidate.interviewerId);
      }
    }

    ranked.push({ start, score, interviewerIds });
    start = nextStart;
  }

  return ranked
    .sort(compareRankedSlots)
    .slice(0, input.maxResults ?? DEFAULT_MAX_RESULTS)
    .map((slot) => ({
      start: new Date(slot.start),
      end: new Date(slot.start + duration),
      interviewerIds: slot.interviewerIds,
      score: slot.score,
    }));
}
