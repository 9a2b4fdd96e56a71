import { describe, expect, it } from 'vitest';

import { layoutWeek, visibleHours } from './weekLayout';

describe(layoutWeek.name, () => {
  it('should place a session on its local day and time when the viewer is in another zone', () => {
    const sut = layoutWeek(
      [
        {
          id: 's1',
          startsAt: '2026-03-03T14:00:00.000Z',
          endsAt: '2026-03-03T15:00:00.000Z',
        },
      ],
      '2026-03-02',
      'America/New_York',
    );

    expect(sut[1]).toHaveLength(1);
    expect(sut[1]?.[0]).toMatchObject({
      startMinutes: 9 * 60,
      endMinutes: 10 * 60,
      lane: 0,
      laneCount: 1,
    });
  });

  it('should split overlapping sessions into lanes and leave later ones full width', () => {
    const sut = layoutWeek(
      [
        {
          id: 'a',
          startsAt: '2026-03-02T09:00:00Z',
          endsAt: '2026-03-02T10:00:00Z',
        },
        {
          id: 'b',
          startsAt: '2026-03-02T09:30:00Z',
          endsAt: '2026-03-02T10:30:00Z',
        },
        {
          id: 'c',
          startsAt: '2026-03-02T11:00:00Z',
          endsAt: '2026-03-02T12:00:00Z',
        },
      ],
      '2026-03-02',
      'UTC',
    );

    expect(
      sut[0]?.map((entry) => [entry.item.id, entry.lane, entry.laneCount]),
    ).toEqual([
      ['a', 0, 2],
      ['b', 1, 2],
      ['c', 0, 1],
    ]);
  });

  it('should show a session crossing midnight on both days', () => {
    const sut = layoutWeek(
      [
        {
          id: 'late',
          startsAt: '2026-03-02T23:00:00Z',
          endsAt: '2026-03-03T01:00:00Z',
        },
      ],
      '2026-03-02',
      'UTC',
    );

    expect(sut[0]?.[0]).toMatchObject({
      startMinutes: 23 * 60,
      endMinutes: 1440,
    });
    expect(sut[1]?.[0]).toMatchObject({ startMinutes: 0, endMinutes: 60 });
    expect(visibleHours(sut)).toEqual({ firstHour: 0, lastHour: 24 });
  });
});
