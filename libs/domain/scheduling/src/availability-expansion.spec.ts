import { expandAvailability } from './availability-expansion';
import { EVERY_DAY, availability, interval, weekly } from './test-fixtures';
import type { Interval } from './types';

function isoPairs(intervals: Interval[]): string[][] {
  return intervals.map(({ start, end }) => [
    start.toISOString(),
    end.toISOString(),
  ]);
}

function hours(intervals: Interval[]): number[] {
  return intervals.map(
    ({ start, end }) => (end.getTime() - start.getTime()) / 3_600_000,
  );
}

describe(expandAvailability.name, () => {
  const earlyMorning = weekly('01:00', '04:00', [0]);

  it('should shorten a window to two hours when New York springs forward inside it', () => {
    const sut = availability('America/New_York', {
      weeklyWindows: earlyMorning,
    });

    const result = expandAvailability(
      sut,
      interval('2026-03-08T00:00:00Z', '2026-03-09T00:00:00Z'),
    );

    expect(isoPairs(result)).toEqual([
      ['2026-03-08T06:00:00.000Z', '2026-03-08T08:00:00.000Z'],
    ]);
  });

  it('should lengthen a window to four hours when New York falls back inside it', () => {
    const sut = availability('America/New_York', {
      weeklyWindows: earlyMorning,
    });

    const result = expandAvailability(
      sut,
      interval('2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z'),
    );

    expect(isoPairs(result)).toEqual([
      ['2026-11-01T05:00:00.000Z', '2026-11-01T09:00:00.000Z'],
    ]);
  });

  it('should change the window length when Berlin switches in spring and autumn', () => {
    const sut = availability('Europe/Berlin', { weeklyWindows: earlyMorning });

    const spring = expandAvailability(
      sut,
      interval('2026-03-28T12:00:00Z', '2026-03-29T12:00:00Z'),
    );
    const autumn = expandAvailability(
      sut,
      interval('2026-10-24T12:00:00Z', '2026-10-25T12:00:00Z'),
    );

    expect(isoPairs(spring)).toEqual([
      ['2026-03-29T00:00:00.000Z', '2026-03-29T02:00:00.000Z'],
    ]);
    expect(isoPairs(autumn)).toEqual([
      ['2026-10-24T23:00:00.000Z', '2026-10-25T03:00:00.000Z'],
    ]);
  });

  it('should keep local wall-clock times when the offset changes between two weeks', () => {
    const sut = availability('America/New_York', {
      weeklyWindows: weekly('09:00', '17:00', [1]),
    });

    const result = expandAvailability(
      sut,
      interval('2026-03-01T00:00:00Z', '2026-03-15T00:00:00Z'),
    );

    expect(isoPairs(result)).toEqual([
      ['2026-03-02T14:00:00.000Z', '2026-03-02T22:00:00.000Z'],
      ['2026-03-09T13:00:00.000Z', '2026-03-09T21:00:00.000Z'],
    ]);
    expect(hours(result)).toEqual([8, 8]);
  });

  it('should join windows when they touch, across midnight too', () => {
    const sut = availability('UTC', {
      weeklyWindows: [
        { weekday: 1, start: '09:00', end: '12:00' },
        { weekday: 1, start: '12:00', end: '13:00' },
        { weekday: 1, start: '22:00', end: '24:00' },
        { weekday: 2, start: '00:00', end: '02:00' },
      ],
    });

    const result = expandAvailability(
      sut,
      interval('2026-03-02T00:00:00Z', '2026-03-04T00:00:00Z'),
    );

    expect(isoPairs(result)).toEqual([
      ['2026-03-02T09:00:00.000Z', '2026-03-02T13:00:00.000Z'],
      ['2026-03-02T22:00:00.000Z', '2026-03-03T02:00:00.000Z'],
    ]);
  });

  it('should use the override instead of the weekly windows when a date is overridden', () => {
    const sut = availability('Europe/Berlin', {
      weeklyWindows: weekly('09:00', '17:00', EVERY_DAY),
      overrides: [
        { date: '2026-03-03', windows: [{ start: '13:00', end: '14:00' }] },
        { date: '2026-03-04', windows: [] },
      ],
    });

    const result = expandAvailability(
      sut,
      interval('2026-03-03T00:00:00Z', '2026-03-05T12:00:00Z'),
    );

    expect(isoPairs(result)).toEqual([
      ['2026-03-03T12:00:00.000Z', '2026-03-03T13:00:00.000Z'],
      ['2026-03-05T08:00:00.000Z', '2026-03-05T12:00:00.000Z'],
    ]);
  });

  it('should remove time off when given local dates or an absolute interval', () => {
    const sut = availability('America/New_York', {
      weeklyWindows: weekly('09:00', '17:00', EVERY_DAY),
      timeOff: [
        { kind: 'dates', startDate: '2026-03-03', endDate: '2026-03-04' },
        {
          kind: 'interval',
          ...interval('2026-03-05T15:00:00Z', '2026-03-05T16:30:00Z'),
        },
      ],
    });

    const result = expandAvailability(
      sut,
      interval('2026-03-02T00:00:00Z', '2026-03-06T00:00:00Z'),
    );

    expect(isoPairs(result)).toEqual([
      ['2026-03-02T14:00:00.000Z', '2026-03-02T22:00:00.000Z'],
      ['2026-03-05T14:00:00.000Z', '2026-03-05T15:00:00.000Z'],
      ['2026-03-05T16:30:00.000Z', '2026-03-05T22:00:00.000Z'],
    ]);
  });

  it('should clip windows to the range when the range starts mid-window', () => {
    const sut = availability('UTC');

    const result = expandAvailability(
      sut,
      interval('2026-03-02T12:00:00Z', '2026-03-02T15:00:00Z'),
    );

    expect(isoPairs(result)).toEqual([
      ['2026-03-02T12:00:00.000Z', '2026-03-02T15:00:00.000Z'],
    ]);
  });
});
