import { findSlots } from './slot-search';
import {
  availability,
  interval,
  schedule,
  search,
  startsOf,
  weekly,
} from './test-fixtures';
import type { FindSlotsInput, Interval, InterviewerSchedule } from './types';

function sessionsAt(...startsIso: string[]): Interval[] {
  return startsIso.map((start) => ({
    start: new Date(start),
    end: new Date(new Date(start).getTime() + 3_600_000),
  }));
}

describe(findSlots.name, () => {
  const week = interval('2026-03-02T00:00:00Z', '2026-03-07T00:00:00Z');
  const mornings = availability('UTC', {
    weeklyWindows: weekly('09:00', '12:00'),
  });
  // Sessions in the afternoon: they add load but block no morning slot.
  const pool: InterviewerSchedule[] = [
    schedule(
      'ana',
      mornings,
      sessionsAt(
        '2026-03-02T14:00:00Z',
        '2026-03-03T14:00:00Z',
        '2026-03-04T14:00:00Z',
      ),
    ),
    schedule('ben', mornings),
    schedule('cho', mornings, sessionsAt('2026-03-05T14:00:00Z')),
    schedule('dev', mornings),
  ];
  const anyTwoOfFour = (
    interviewers: InterviewerSchedule[],
    overrides: Partial<FindSlotsInput> = {},
  ): FindSlotsInput =>
    search(interviewers, week, {
      panel: { pool: { ids: ['ana', 'ben', 'cho', 'dev'], count: 2 } },
      ...overrides,
    });

  it('should pick the two least loaded pool members when any 2 of 4 will do', () => {
    const result = findSlots(anyTwoOfFour(pool));

    expect(result).toHaveLength(15);
    expect(new Set(result.map((slot) => slot.interviewerIds.join()))).toEqual(
      new Set(['ben,dev']),
    );
    expect(result.every((slot) => slot.score === 0)).toBe(true);
  });

  it('should fall back to the next least loaded member when a preferred one is busy', () => {
    const busyBen = pool.map((entry) =>
      entry.interviewerId === 'ben'
        ? schedule('ben', mornings, sessionsAt('2026-03-02T09:00:00Z'))
        : entry,
    );

    const result = findSlots(anyTwoOfFour(busyBen));
    const nineOnMonday = result.find(
      (slot) => slot.start.toISOString() === '2026-03-02T09:00:00.000Z',
    );

    // cho has 1 session in the period and 0 that day; ana has 3 and 1.
    expect(nineOnMonday?.interviewerIds).toEqual(['dev', 'cho']);
    expect(nineOnMonday?.score).toBe(2);
  });

  it('should break load ties by interviewer id when the pool is equally loaded', () => {
    const idle = ['dev', 'cho', 'ben', 'ana'].map((id) =>
      schedule(id, mornings),
    );

    const result = findSlots(anyTwoOfFour(idle));

    expect(result[0].interviewerIds).toEqual(['ana', 'ben']);
  });

  it('should rank slots on lighter days first when the panel is fixed', () => {
    const ana = schedule(
      'ana',
      mornings,
      sessionsAt(
        '2026-03-02T14:00:00Z',
        '2026-03-03T14:00:00Z',
        '2026-03-03T15:00:00Z',
      ),
    );

    const result = findSlots(search([ana], week));

    expect(startsOf(result).slice(0, 3)).toEqual([
      '2026-03-04T09:00:00.000Z',
      '2026-03-04T10:00:00.000Z',
      '2026-03-04T11:00:00.000Z',
    ]);
    expect(result.map((slot) => slot.score)).toEqual(
      [...result.map((slot) => slot.score)].sort((a, b) => a - b),
    );
    expect(result[result.length - 1].start.toISOString()).toBe(
      '2026-03-03T11:00:00.000Z',
    );
  });

  it('should combine required panelists with pool picks when both are given', () => {
    const result = findSlots(
      search([...pool, schedule('lead', mornings)], week, {
        panel: {
          requiredIds: ['lead'],
          pool: { ids: ['ana', 'cho'], count: 1 },
        },
      }),
    );

    expect(result[0].interviewerIds).toEqual(['lead', 'cho']);
  });

  it('should return the same slots when inputs arrive in another order', () => {
    const shuffled = [...pool]
      .reverse()
      .map((entry) =>
        schedule(
          entry.interviewerId,
          entry.availability,
          [...entry.sessions].reverse(),
        ),
      );

    expect(findSlots(anyTwoOfFour(shuffled))).toEqual(
      findSlots(anyTwoOfFour(pool)),
    );
  });

  it('should return nothing when fewer pool members than needed are free', () => {
    const evenings = availability('UTC', {
      weeklyWindows: weekly('18:00', '20:00'),
    });
    const mostlyEvenings = pool.map((entry, index) =>
      index === 0 ? entry : schedule(entry.interviewerId, evenings),
    );

    expect(
      findSlots(
        anyTwoOfFour(mostlyEvenings, {
          range: interval('2026-03-02T00:00:00Z', '2026-03-02T13:00:00Z'),
        }),
      ),
    ).toEqual([]);
  });
});
