import { describe, expect, it } from 'vitest';

import {
  dayShift,
  formatTimeRange,
  mondayOf,
  weekRange,
  zonedParts,
  zonedTimeToUtc,
} from './timeZoneDisplay';

describe(zonedParts.name, () => {
  it('should give the local date, time and weekday when the zone is behind UTC', () => {
    const sut = zonedParts('2026-03-02T02:30:00.000Z', 'America/New_York');

    expect(sut).toEqual({
      dateKey: '2026-03-01',
      time: '21:30',
      weekday: 0,
      minutes: 21 * 60 + 30,
    });
  });
});

describe(zonedTimeToUtc.name, () => {
  it('should convert a Berlin wall time to UTC when it is winter time', () => {
    expect(
      zonedTimeToUtc('2026-01-15', '09:00', 'Europe/Berlin').toISOString(),
    ).toBe('2026-01-15T08:00:00.000Z');
  });

  it('should convert a New York wall time to UTC when it is summer time', () => {
    expect(
      zonedTimeToUtc('2026-07-01', '09:00', 'America/New_York').toISOString(),
    ).toBe('2026-07-01T13:00:00.000Z');
  });

  it('should land after the jump when the wall time is skipped by DST', () => {
    // 2026-03-29 02:30 does not exist in Berlin: clocks go from 02:00 to 03:00.
    const sut = zonedTimeToUtc('2026-03-29', '02:30', 'Europe/Berlin');

    expect(zonedParts(sut, 'Europe/Berlin').time).toBe('03:30');
  });
});

describe(weekRange.name, () => {
  it('should span seven local days, 167 hours when DST starts in that week', () => {
    const sut = weekRange('2026-03-23', 'Europe/Berlin');

    expect(sut.from.toISOString()).toBe('2026-03-22T23:00:00.000Z');
    expect(sut.to.toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });
});

describe(mondayOf.name, () => {
  it('should go back to Monday when the date is a Sunday', () => {
    expect(mondayOf('2026-03-08')).toBe('2026-03-02');
    expect(mondayOf('2026-03-02')).toBe('2026-03-02');
  });
});

describe(formatTimeRange.name, () => {
  it('should show the times in the zone and name the zone', () => {
    const sut = formatTimeRange(
      '2026-03-02T14:00:00.000Z',
      '2026-03-02T15:00:00.000Z',
      'America/New_York',
      'en-US',
    );

    expect(sut).toBe('Mon, Mar 2, 9:00 AM – 10:00 AM (America/New York)');
  });

  it('should show the end date when the session ends on the next local day', () => {
    const sut = formatTimeRange(
      '2026-03-02T22:30:00.000Z',
      '2026-03-02T23:30:00.000Z',
      'Europe/Berlin',
      'en-GB',
    );

    expect(sut).toBe('Mon 2 Mar, 23:30 – Tue 3 Mar, 00:30 (Europe/Berlin)');
  });
});

describe(dayShift.name, () => {
  it('should say the other zone is a day behind when it is still yesterday there', () => {
    const instant = '2026-03-02T03:00:00.000Z';

    expect(dayShift(instant, 'America/Los_Angeles', 'Europe/Berlin')).toBe(
      '−1 day',
    );
    expect(dayShift(instant, 'Europe/Berlin', 'America/Los_Angeles')).toBe(
      '+1 day',
    );
    expect(dayShift(instant, 'Europe/Paris', 'Europe/Berlin')).toBe('');
  });
});
