import { describe, expect, it } from 'vitest';

import { formatTime } from '@web/modules/shared/utils/timeZoneDisplay';

import { groupOfferedSlotsByDay } from './slotDays';

const slot = (start: string, minutes = 60) => ({
  start,
  end: new Date(Date.parse(start) + minutes * 60_000).toISOString(),
});

describe('groupOfferedSlotsByDay', () => {
  it('should put a start on the day it falls on in the reader’s zone, not in UTC', () => {
    const slots = [
      slot('2027-03-02T23:30:00.000Z'),
      slot('2027-03-02T10:00:00.000Z'),
    ];

    expect(
      groupOfferedSlotsByDay(slots, 'UTC').map((day) => [
        day.date,
        day.slots.length,
      ]),
    ).toEqual([['2027-03-02', 2]]);
    expect(
      groupOfferedSlotsByDay(slots, 'Asia/Tokyo').map((day) => day.date),
    ).toEqual(['2027-03-02', '2027-03-03']);
    expect(
      groupOfferedSlotsByDay(slots, 'America/Los_Angeles').map(
        (day) => day.date,
      ),
    ).toEqual(['2027-03-02']);
  });

  it('should sort days and their times soonest first', () => {
    const days = groupOfferedSlotsByDay(
      [
        slot('2027-03-04T10:00:00Z'),
        slot('2027-03-03T12:00:00Z'),
        slot('2027-03-03T09:00:00Z'),
      ],
      'UTC',
    );

    expect(
      days.map((day) => day.slots.map((offered) => offered.start)),
    ).toEqual([
      ['2027-03-03T09:00:00Z', '2027-03-03T12:00:00Z'],
      ['2027-03-04T10:00:00Z'],
    ]);
  });

  it('should keep local times right across a daylight-saving change', () => {
    // New York springs forward on 14 March 2027: 09:00 local is 14:00 UTC before, 13:00 UTC after.
    const before = '2027-03-13T14:00:00.000Z';
    const after = '2027-03-15T13:00:00.000Z';
    const days = groupOfferedSlotsByDay(
      [slot(before), slot(after)],
      'America/New_York',
    );

    expect(days.map((day) => day.date)).toEqual(['2027-03-13', '2027-03-15']);
    expect(formatTime(before, 'America/New_York')).toBe(
      formatTime(after, 'America/New_York'),
    );
  });
});
