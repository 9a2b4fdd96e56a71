import { validateAvailability } from './availability-validation';
import { availability, interval } from './test-fixtures';
import type { Availability, Weekday } from './types';

function codesAndFields(input: Availability): string[][] {
  return validateAvailability(input).map((problem) => [
    problem.code,
    problem.field,
  ]);
}

describe(validateAvailability.name, () => {
  it('should return no problems when the availability is valid', () => {
    const sut = availability('Europe/Berlin', {
      weeklyWindows: [
        { weekday: 1, start: '09:00', end: '12:00' },
        { weekday: 1, start: '12:00', end: '24:00' },
        { weekday: 2, start: '10:00', end: '11:00' },
      ],
      overrides: [{ date: '2026-03-03', windows: [] }],
      timeOff: [
        { kind: 'dates', startDate: '2026-03-10', endDate: '2026-03-10' },
      ],
      dailyCap: 0,
      weeklyCap: null,
      bufferMinutes: 240,
    });

    expect(validateAvailability(sut)).toEqual([]);
  });

  it('should report the zone when it is not an IANA zone', () => {
    expect(codesAndFields(availability('Mars/Olympus_Mons'))).toEqual([
      ['UNKNOWN_TIME_ZONE', 'timeZone'],
    ]);
  });

  it('should report each bad time when times are not HH:MM', () => {
    const sut = availability('UTC', {
      weeklyWindows: [
        { weekday: 1, start: '9:00', end: '12:00' },
        { weekday: 2, start: '24:00', end: '24:00' },
        { weekday: 3, start: '10:00', end: '12:60' },
      ],
    });

    expect(codesAndFields(sut)).toEqual([
      ['INVALID_TIME', 'weeklyWindows[0].start'],
      ['INVALID_TIME', 'weeklyWindows[1].start'],
      ['INVALID_TIME', 'weeklyWindows[2].end'],
    ]);
  });

  it('should report the end when it is not after the start', () => {
    const sut = availability('UTC', {
      weeklyWindows: [
        { weekday: 1, start: '12:00', end: '12:00' },
        { weekday: 2, start: '22:00', end: '02:00' },
      ],
    });

    expect(codesAndFields(sut)).toEqual([
      ['END_NOT_AFTER_START', 'weeklyWindows[0].end'],
      ['END_NOT_AFTER_START', 'weeklyWindows[1].end'],
    ]);
  });

  it('should report the later window when two windows of one day overlap', () => {
    const sut = availability('UTC', {
      weeklyWindows: [
        { weekday: 1, start: '11:00', end: '13:00' },
        { weekday: 1, start: '09:00', end: '11:30' },
        { weekday: 2, start: '11:00', end: '13:00' },
      ],
      overrides: [
        {
          date: '2026-03-03',
          windows: [
            { start: '09:00', end: '10:00' },
            { start: '09:30', end: '10:30' },
          ],
        },
      ],
    });

    const problems = validateAvailability(sut);

    expect(problems.map((problem) => [problem.code, problem.field])).toEqual([
      ['OVERLAPPING_WINDOWS', 'weeklyWindows[0]'],
      ['OVERLAPPING_WINDOWS', 'overrides[0].windows[1]'],
    ]);
    expect(problems[0].message).toBe(
      'Overlaps weeklyWindows[1]: move or merge them.',
    );
  });

  it('should report weekday, dates and duplicates when they are invalid', () => {
    const sut = availability('UTC', {
      weeklyWindows: [{ weekday: 7 as Weekday, start: '09:00', end: '10:00' }],
      overrides: [
        { date: '2026-02-30', windows: [] },
        { date: '2026-03-03', windows: [] },
        { date: '2026-03-03', windows: [] },
      ],
    });

    expect(codesAndFields(sut)).toEqual([
      ['INVALID_WEEKDAY', 'weeklyWindows[0].weekday'],
      ['INVALID_DATE', 'overrides[0].date'],
      ['DUPLICATE_OVERRIDE_DATE', 'overrides[2].date'],
    ]);
  });

  it('should report time off when its end comes before its start', () => {
    const sut = availability('UTC', {
      timeOff: [
        {
          kind: 'interval',
          ...interval('2026-03-03T10:00:00Z', '2026-03-03T09:00:00Z'),
        },
        { kind: 'dates', startDate: '2026-03-05', endDate: '2026-03-04' },
        {
          kind: 'interval',
          start: new Date('nope'),
          end: new Date('2026-03-03T09:00:00Z'),
        },
      ],
    });

    expect(codesAndFields(sut)).toEqual([
      ['END_NOT_AFTER_START', 'timeOff[0].end'],
      ['END_NOT_AFTER_START', 'timeOff[1].endDate'],
      ['INVALID_INSTANT', 'timeOff[2]'],
    ]);
  });

  it.each([
    [{ dailyCap: -1 }, 'INVALID_CAP', 'dailyCap'],
    [{ weeklyCap: 1.5 }, 'INVALID_CAP', 'weeklyCap'],
    [{ bufferMinutes: -5 }, 'BUFFER_OUT_OF_RANGE', 'bufferMinutes'],
    [{ bufferMinutes: 241 }, 'BUFFER_OUT_OF_RANGE', 'bufferMinutes'],
  ])(
    'should report %p when a cap or the buffer is out of range',
    (override, code, field) => {
      expect(codesAndFields(availability('UTC', override))).toEqual([
        [code, field],
      ]);
    },
  );

  it('should prefix every field when given a prefix', () => {
    const problems = validateAvailability(
      availability('Nowhere/Land'),
      'input.availability.',
    );

    expect(problems[0].field).toBe('input.availability.timeZone');
  });
});
