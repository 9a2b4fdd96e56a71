import {
  MAX_SEARCH_RANGE_DAYS,
  validateSlotSearch,
} from './slot-search-validation';
import { availability, interval, schedule, search } from './test-fixtures';
import type { FindSlotsInput } from './types';

function codesAndFields(input: FindSlotsInput): string[][] {
  return validateSlotSearch(input).map((problem) => [
    problem.code,
    problem.field,
  ]);
}

describe(validateSlotSearch.name, () => {
  const people = [
    schedule('a', availability('UTC')),
    schedule('b', availability('UTC')),
  ];
  const week = interval('2026-03-02T00:00:00Z', '2026-03-09T00:00:00Z');

  it('should return no problems when the search is valid', () => {
    expect(validateSlotSearch(search(people, week))).toEqual([]);
  });

  it('should report numbers when they are out of range', () => {
    const input = search(people, week, {
      durationMinutes: 0,
      stepMinutes: 2.5,
      maxResults: 0,
      minimumNoticeMinutes: -1,
    });

    expect(codesAndFields(input)).toEqual([
      ['INVALID_DURATION', 'durationMinutes'],
      ['INVALID_STEP', 'stepMinutes'],
      ['INVALID_MAX_RESULTS', 'maxResults'],
      ['INVALID_NOTICE', 'minimumNoticeMinutes'],
    ]);
  });

  it('should report the range when it is reversed or too long', () => {
    const reversed = search(
      people,
      interval('2026-03-09T00:00:00Z', '2026-03-02T00:00:00Z'),
    );
    const tooLong = search(people, {
      start: week.start,
      end: new Date(
        week.start.getTime() + (MAX_SEARCH_RANGE_DAYS + 1) * 86_400_000,
      ),
    });

    expect(codesAndFields(reversed)).toEqual([['INVALID_RANGE', 'range']]);
    expect(codesAndFields(tooLong)).toEqual([['RANGE_TOO_LONG', 'range']]);
  });

  it('should report panel members when they are unknown, repeated or too few', () => {
    const input = search(people, week, {
      panel: { requiredIds: ['a', 'zed'], pool: { ids: ['a', 'b'], count: 3 } },
    });

    expect(codesAndFields(input)).toEqual([
      ['UNKNOWN_INTERVIEWER', 'panel.requiredIds[1]'],
      ['DUPLICATE_INTERVIEWER', 'panel.pool.ids[0]'],
      ['INVALID_POOL_COUNT', 'panel.pool.count'],
    ]);
  });

  it('should report an empty panel when nobody is named', () => {
    expect(codesAndFields(search(people, week, { panel: {} }))).toEqual([
      ['EMPTY_PANEL', 'panel'],
    ]);
  });

  it('should report availability and session problems with their interviewer index', () => {
    const broken = schedule('b', availability('UTC', { bufferMinutes: 300 }), [
      interval('2026-03-02T10:00:00Z', '2026-03-02T09:00:00Z'),
    ]);

    expect(codesAndFields(search([people[0], broken], week))).toEqual([
      ['BUFFER_OUT_OF_RANGE', 'interviewers[1].availability.bufferMinutes'],
      ['INVALID_RANGE', 'interviewers[1].sessions[0]'],
    ]);
  });
});
