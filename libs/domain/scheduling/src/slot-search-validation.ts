import type {
  AvailabilityProblem,
  AvailabilityProblemCode,
} from './availability-validation';
import { validateAvailability } from './availability-validation';
import { MINUTES_PER_DAY, MS_PER_DAY } from './local-date';
import type { FindSlotsInput } from './types';

/** Codes of {@link SlotSearchProblem}: its own plus those of availability. */
export type SlotSearchProblemCode =
  | AvailabilityProblemCode
  | 'INVALID_DURATION'
  | 'INVALID_STEP'
  | 'INVALID_MAX_RESULTS'
  | 'INVALID_NOTICE'
  | 'INVALID_RANGE'
  | 'RANGE_TOO_LONG'
  | 'EMPTY_PANEL'
  | 'INVALID_POOL_COUNT'
  | 'UNKNOWN_INTERVIEWER'
  | 'DUPLICATE_INTERVIEWER';

/** One thing wrong with a {@link FindSlotsInput}; `field` is a path into it. */
export type SlotSearchProblem = Omit<AvailabilityProblem, 'code'> & {
  code: SlotSearchProblemCode;
};

/** Longest search range, in days: bounds the cost of one search. */
export const MAX_SEARCH_RANGE_DAYS = 93;

/** Longest minimum notice a team may ask for: 30 days. */
export const MAX_MINIMUM_NOTICE_MINUTES = 30 * MINUTES_PER_DAY;

/** Thrown by {@link findSlots} for invalid input; carries every problem. */
export class SlotSearchInputError extends Error {
  constructor(readonly problems: SlotSearchProblem[]) {
    super(
      `Invalid slot search: ${problems.map((problem) => `${problem.field} ${problem.message}`).join('; ')}`,
    );
    this.name = 'SlotSearchInputError';
  }
}

function isWholeIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

function isValidDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

/**
 * Every problem in a slot search input, including each interviewer's
 * availability (fields prefixed `interviewers[i].availability.`) and sessions.
 */
export function validateSlotSearch(input: FindSlotsInput): SlotSearchProblem[] {
  const problems: SlotSearchProblem[] = [];
  const { panel, range } = input;

  if (!isWholeIn(input.durationMinutes, 1, MINUTES_PER_DAY)) {
    problems.push({
      code: 'INVALID_DURATION',
      field: 'durationMinutes',
      message: `must be a whole number from 1 to ${MINUTES_PER_DAY}`,
    });
  }
  if (
    input.stepMinutes !== undefined &&
    !isWholeIn(input.stepMinutes, 1, MINUTES_PER_DAY)
  ) {
    problems.push({
      code: 'INVALID_STEP',
      field: 'stepMinutes',
      message: `must be a whole number from 1 to ${MINUTES_PER_DAY}`,
    });
  }
  if (input.maxResults !== undefined && !isWholeIn(input.maxResults, 1, 1000)) {
    problems.push({
      code: 'INVALID_MAX_RESULTS',
      field: 'maxResults',
      message: 'must be a whole number from 1 to 1000',
    });
  }
  if (
    input.minimumNoticeMinutes !== undefined &&
    !isWholeIn(input.minimumNoticeMinutes, 0, MAX_MINIMUM_NOTICE_MINUTES)
  ) {
    problems.push({
      code: 'INVALID_NOTICE',
      field: 'minimumNoticeMinutes',
      message: `must be a whole number from 0 to ${MAX_MINIMUM_NOTICE_MINUTES}`,
    });
  }
  if (!isValidDate(input.now)) {
    problems.push({
      code: 'INVALID_RANGE',
      field: 'now',
      message: 'must be a valid date',
    });
  }
  if (
    !isValidDate(range.start) ||
    !isValidDate(range.end) ||
    range.end.getTime() <= range.start.getTime()
  ) {
    problems.push({
      code: 'INVALID_RANGE',
      field: 'range',
      message: 'must have valid start and end, end after start',
    });
  } else if (
    range.end.getTime() - range.start.getTime() >
    MAX_SEARCH_RANGE_DAYS * MS_PER_DAY
  ) {
    problems.push({
      code: 'RANGE_TOO_LONG',
      field: 'range',
      message: `must span at most ${MAX_SEARCH_RANGE_DAYS} days`,
    });
  }

  const known = new Set(
    input.interviewers.map((schedule) => schedule.interviewerId),
  );
  const named = new Set<string>();
  const checkMember = (id: string, field: string): void => {
    if (!known.has(id)) {
      problems.push({
        code: 'UNKNOWN_INTERVIEWER',
        field,
        message: `no schedule given for interviewer ${id}`,
      });
    }
    if (named.has(id)) {
      problems.push({
        code: 'DUPLICATE_INTERVIEWER',
        field,
        message: `interviewer ${id} is named twice in the panel`,
      });
    }
    named.add(id);
  };
  (panel.requiredIds ?? []).forEach((id, index) =>
    checkMember(id, `panel.requiredIds[${index}]`),
  );
  if (panel.pool) {
    const { ids, count } = panel.pool;
    ids.forEach((id, index) => checkMember(id, `panel.pool.ids[${index}]`));
    if (!isWholeIn(count, 1, ids.length)) {
      problems.push({
        code: 'INVALID_POOL_COUNT',
        field: 'panel.pool.count',
        message: `must be a whole number from 1 to the pool size ${ids.length}`,
      });
    }
  }
  if (named.size === 0) {
    problems.push({
      code: 'EMPTY_PANEL',
      field: 'panel',
      message: 'must name at least one interviewer',
    });
  }

  input.interviewers.forEach((schedule, index) => {
    const path = `interviewers[${index}]`;
    problems.push(
      ...validateAvailability(schedule.availability, `${path}.availability.`),
    );
    schedule.sessions.forEach((session, sessionIndex) => {
      if (
        !isValidDate(session.start) ||
        !isValidDate(session.end) ||
        session.end.getTime() <= session.start.getTime()
      ) {
        problems.push({
          code: 'INVALID_RANGE',
          field: `${path}.sessions[${sessionIndex}]`,
          message: 'must have valid start and end, end after start',
        });
      }
    });
  });

  return problems;
}
