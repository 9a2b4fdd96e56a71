import { describe, expect, it } from 'vitest';

import {
  dayLabel,
  formatSessionTimes,
  groupSessionsByDay,
  isMeetingLink,
  myPanelRole,
} from './interviewDays';

function session(id: string, startsAt: string) {
  return { id, startsAt };
}

function idsByDay(days: { label: string; sessions: { id: string }[] }[]) {
  return days.map((day) => [day.label, day.sessions.map((s) => s.id)]);
}

describe(groupSessionsByDay.name, () => {
  it('should group by the viewer’s local day, today first and in time order', () => {
    const now = new Date('2026-03-02T08:00:00.000Z');

    const sut = groupSessionsByDay(
      [
        session('thu', '2026-03-05T10:00:00.000Z'),
        session('today-late', '2026-03-02T15:00:00.000Z'),
        session('tomorrow', '2026-03-03T09:00:00.000Z'),
        session('today-early', '2026-03-02T09:00:00.000Z'),
      ],
      'Europe/Paris',
      now,
      'en-US',
    );

    expect(idsByDay(sut)).toEqual([
      ['Today', ['today-early', 'today-late']],
      ['Tomorrow', ['tomorrow']],
      ['Thursday, March 5', ['thu']],
    ]);
    expect(sut[0]?.dateKey).toBe('2026-03-02');
  });

  it('should use the viewer’s day when it differs from the UTC day', () => {
    // 23:30 UTC on March 2 is 08:30 on March 3 in Tokyo, and it is already
    // March 3 there at 20:00 UTC on March 2.
    const sut = groupSessionsByDay(
      [session('s1', '2026-03-02T23:30:00.000Z')],
      'Asia/Tokyo',
      new Date('2026-03-02T20:00:00.000Z'),
    );

    expect(sut[0]?.dateKey).toBe('2026-03-03');
    expect(sut[0]?.label).toBe('Today');
  });

  it('should label the next local day "Tomorrow" when today is 23 hours long (DST starts)', () => {
    // Berlin, March 29 2026: clocks go from 02:00 to 03:00. 00:30 CET now;
    // 22:30 UTC is 00:30 CEST on March 30, only 23 hours later.
    const now = new Date('2026-03-28T23:30:00.000Z');

    const sut = groupSessionsByDay(
      [
        session('tonight', '2026-03-29T21:30:00.000Z'),
        session('after-midnight', '2026-03-29T22:30:00.000Z'),
      ],
      'Europe/Berlin',
      now,
    );

    expect(idsByDay(sut)).toEqual([
      ['Today', ['tonight']],
      ['Tomorrow', ['after-midnight']],
    ]);
  });

  it('should keep a session on "Today" when today is 25 hours long (DST ends)', () => {
    // New York, November 1 2026: clocks go from 02:00 back to 01:00. 00:30
    // EDT now; 04:30 UTC the next day is 23:30 EST, 24 hours on but still today.
    const now = new Date('2026-11-01T04:30:00.000Z');

    const sut = groupSessionsByDay(
      [
        session('late', '2026-11-02T04:30:00.000Z'),
        session('next-day', '2026-11-02T05:30:00.000Z'),
      ],
      'America/New_York',
      now,
    );

    expect(idsByDay(sut)).toEqual([
      ['Today', ['late']],
      ['Tomorrow', ['next-day']],
    ]);
  });

  it('should put a session still open from yesterday ahead of today', () => {
    const sut = groupSessionsByDay(
      [
        session('today', '2026-03-02T10:00:00.000Z'),
        session('overran', '2026-03-01T23:00:00.000Z'),
      ],
      'UTC',
      new Date('2026-03-02T00:15:00.000Z'),
    );

    expect(sut.map((day) => day.label)).toEqual(['Yesterday', 'Today']);
  });

  it('should return no days when there are no sessions', () => {
    expect(groupSessionsByDay([], 'UTC', new Date())).toEqual([]);
  });
});

describe(dayLabel.name, () => {
  it('should name the weekday and date when the day is not near today', () => {
    expect(dayLabel('2026-03-04', '2026-03-02', 'en-GB')).toBe(
      'Wednesday 4 March',
    );
  });

  it('should say "Tomorrow" across a month end', () => {
    expect(dayLabel('2026-04-01', '2026-03-31')).toBe('Tomorrow');
  });
});

describe(formatSessionTimes.name, () => {
  it('should give the start and end in the zone', () => {
    expect(
      formatSessionTimes(
        '2026-03-02T08:00:00.000Z',
        '2026-03-02T09:00:00.000Z',
        'Europe/Paris',
        'en-GB',
      ),
    ).toBe('09:00 – 10:00');
  });

  it('should mark the end as the next day when the session crosses midnight', () => {
    expect(
      formatSessionTimes(
        '2026-03-02T22:30:00.000Z',
        '2026-03-02T23:30:00.000Z',
        'Europe/Paris',
        'en-GB',
      ),
    ).toBe('23:30 – 00:30 (+1 day)');
  });
});

describe(myPanelRole.name, () => {
  const panel = [
    { role: 'LEAD' as const, user: { id: 'u1', name: 'Ana' } },
    { role: 'SHADOW' as const, user: { id: 'u2', name: 'Ben' } },
  ];

  it('should give the viewer’s seat when they are on the panel', () => {
    expect(myPanelRole({ panel }, 'u2')).toBe('SHADOW');
  });

  it('should give null when the viewer is not on the panel', () => {
    expect(myPanelRole({ panel }, 'u3')).toBeNull();
  });
});

describe(isMeetingLink.name, () => {
  it('should tell a meeting URL from a room name', () => {
    expect(isMeetingLink('https://meet.example.com/abc-def')).toBe(true);
    expect(isMeetingLink('Room 4.02 (Berlin office)')).toBe(false);
    expect(isMeetingLink('javascript:alert(1)')).toBe(false);
  });
});
