import { describe, expect, it } from 'vitest';

import {
  type FoundSlot,
  groupSlotsByDay,
  rankSlotsFairestFirst,
} from './slotGrouping';

const ana = { id: 'ana', name: 'Ana', timeZone: 'America/New_York' };
const ben = { id: 'ben', name: 'Ben', timeZone: 'Europe/Berlin' };

function slot(start: string, end: string, score = 0): FoundSlot {
  return { start, end, score, interviewers: [ana, ben] };
}

describe(groupSlotsByDay.name, () => {
  it('should group slots by the viewer’s local day in time order when they come fairest first', () => {
    const sut = groupSlotsByDay(
      [
        slot('2026-03-03T14:00:00.000Z', '2026-03-03T15:00:00.000Z', 1),
        slot('2026-03-02T15:00:00.000Z', '2026-03-02T16:00:00.000Z', 0),
        slot('2026-03-02T14:00:00.000Z', '2026-03-02T15:00:00.000Z', 2),
      ],
      'Europe/Paris',
      'en-GB',
    );

    expect(sut.map((day) => day.dateKey)).toEqual(['2026-03-02', '2026-03-03']);
    expect(sut[0]?.slots.map((option) => option.timeLabel)).toEqual([
      '15:00–16:00',
      '16:00–17:00',
    ]);
  });

  it('should put a slot on the viewer’s day when it is another day in UTC', () => {
    // 23:30 UTC on March 2 is already March 3 in Paris.
    const sut = groupSlotsByDay(
      [slot('2026-03-02T23:30:00.000Z', '2026-03-03T00:30:00.000Z')],
      'Europe/Paris',
      'en-GB',
    );

    expect(sut[0]?.dateKey).toBe('2026-03-03');
  });

  it('should give each panelist’s local time, with the day shift when it differs from the viewer’s', () => {
    const [day] = groupSlotsByDay(
      [slot('2026-03-03T03:00:00.000Z', '2026-03-03T04:00:00.000Z')],
      'Europe/Berlin',
      'en-GB',
    );

    expect(day?.slots[0]?.panelistTimes.map((time) => time.label)).toEqual([
      '22:00 (America/New York, −1 day)',
      '04:00 (Europe/Berlin)',
    ]);
  });

  it('should return no days when there are no slots', () => {
    expect(groupSlotsByDay([], 'UTC')).toEqual([]);
  });
});

describe(rankSlotsFairestFirst.name, () => {
  it('should put the lowest score first, earlier first among equals, and star every slot of the lowest score', () => {
    const sut = rankSlotsFairestFirst(
      [
        slot('2026-03-02T09:00:00.000Z', '2026-03-02T10:00:00.000Z', 2),
        slot('2026-03-04T09:00:00.000Z', '2026-03-04T10:00:00.000Z', 0),
        slot('2026-03-03T09:00:00.000Z', '2026-03-03T10:00:00.000Z', 0),
      ],
      'UTC',
      'en-GB',
    );

    expect(
      sut.map((option) => [option.dateKey, option.score, option.isFairest]),
    ).toEqual([
      ['2026-03-03', 0, true],
      ['2026-03-04', 0, true],
      ['2026-03-02', 2, false],
    ]);
  });
});
