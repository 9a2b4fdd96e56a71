import { findSlots } from './slot-search';
import { SlotSearchInputError } from './slot-search-validation';
import {
  availability,
  interval,
  schedule,
  search,
  startsOf,
  weekly,
} from './test-fixtures';

describe(findSlots.name, () => {
  const monday = interval('2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z');
  const morning = availability('UTC', {
    weeklyWindows: weekly('09:00', '11:00'),
  });

  it('should return every grid start that fits the window when the panel is free', () => {
    const result = findSlots(
      search([schedule('a', morning)], monday, { stepMinutes: 30 }),
    );

    expect(startsOf(result)).toEqual([
      '2026-03-02T09:00:00.000Z',
      '2026-03-02T09:30:00.000Z',
      '2026-03-02T10:00:00.000Z',
    ]);
    expect(result[0]).toEqual({
      start: new Date('2026-03-02T09:00:00Z'),
      end: new Date('2026-03-02T10:00:00Z'),
      interviewerIds: ['a'],
      score: 0,
    });
  });

  it('should use a 15-minute grid when no step is given', () => {
    const result = findSlots(
      search([schedule('a', morning)], monday, { stepMinutes: undefined }),
    );

    expect(result).toHaveLength(5);
  });

  it('should only return starts where every panelist is free when the panel has several people', () => {
    const late = availability('UTC', {
      weeklyWindows: weekly('10:00', '12:00'),
    });

    const result = findSlots(
      search([schedule('a', morning), schedule('b', late)], monday, {
        stepMinutes: 30,
      }),
    );

    expect(startsOf(result)).toEqual(['2026-03-02T10:00:00.000Z']);
    expect(result[0].interviewerIds).toEqual(['a', 'b']);
  });

  it('should return nothing when the panelists never share a window', () => {
    const afternoon = availability('UTC', {
      weeklyWindows: weekly('13:00', '17:00'),
    });

    const result = findSlots(
      search([schedule('a', morning), schedule('b', afternoon)], monday),
    );

    expect(result).toEqual([]);
  });

  it('should skip starts before now when now falls inside the window', () => {
    const result = findSlots(
      search([schedule('a', morning)], monday, {
        stepMinutes: 15,
        now: new Date('2026-03-02T09:05:00Z'),
      }),
    );

    expect(startsOf(result)[0]).toBe('2026-03-02T09:15:00.000Z');
    expect(result).toHaveLength(4);
  });

  it('should return nothing when the whole range is in the past', () => {
    const result = findSlots(
      search([schedule('a', morning)], monday, {
        now: new Date('2026-03-03T00:00:00Z'),
      }),
    );

    expect(result).toEqual([]);
  });

  it('should stop at maxResults when more slots fit', () => {
    const week = interval('2026-03-02T00:00:00Z', '2026-03-09T00:00:00Z');

    const result = findSlots(
      search([schedule('a', morning)], week, {
        maxResults: 3,
        stepMinutes: 15,
      }),
    );

    expect(startsOf(result)).toEqual([
      '2026-03-02T09:00:00.000Z',
      '2026-03-02T09:15:00.000Z',
      '2026-03-02T09:30:00.000Z',
    ]);
  });

  it('should default to 50 results when maxResults is not given', () => {
    const week = interval('2026-03-02T00:00:00Z', '2026-03-09T00:00:00Z');

    const result = findSlots(
      search([schedule('a', morning)], week, {
        maxResults: undefined,
        stepMinutes: 5,
      }),
    );

    expect(result).toHaveLength(50);
  });

  it('should keep slots inside the range when the range cuts a window', () => {
    const range = interval('2026-03-02T09:30:00Z', '2026-03-02T10:45:00Z');

    const result = findSlots(
      search([schedule('a', morning)], range, { stepMinutes: 15 }),
    );

    expect(startsOf(result)).toEqual([
      '2026-03-02T09:30:00.000Z',
      '2026-03-02T09:45:00.000Z',
    ]);
  });

  it('should throw every problem when the input is invalid', () => {
    const input = search(
      [schedule('a', availability('Nowhere/Land'))],
      monday,
      { durationMinutes: 0 },
    );

    expect(() => findSlots(input)).toThrow(SlotSearchInputError);
    try {
      findSlots(input);
    } catch (error) {
      expect(
        (error as SlotSearchInputError).problems.map(
          (problem) => problem.field,
        ),
      ).toEqual(['durationMinutes', 'interviewers[0].availability.timeZone']);
    }
  });
});
