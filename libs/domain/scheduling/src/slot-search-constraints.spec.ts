import { findSlots } from './slot-search';
import {
  availability,
  interval,
  schedule,
  search,
  startsByDate,
  startsOf,
  weekly,
} from './test-fixtures';

describe(findSlots.name, () => {
  const monday = interval('2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z');
  const mondayToWednesday = interval(
    '2026-03-02T00:00:00Z',
    '2026-03-05T00:00:00Z',
  );

  it('should keep the buffer free before and after a session when a buffer is set', () => {
    const sut = availability('UTC', {
      weeklyWindows: weekly('09:00', '13:00'),
      bufferMinutes: 15,
    });
    const session = interval('2026-03-02T10:00:00Z', '2026-03-02T11:00:00Z');

    const result = findSlots(
      search([schedule('a', sut, [session])], monday, {
        durationMinutes: 30,
        stepMinutes: 15,
      }),
    );

    expect(startsByDate(result)['2026-03-02']).toEqual([
      '09:00',
      '09:15',
      '11:15',
      '11:30',
      '11:45',
      '12:00',
      '12:15',
      '12:30',
    ]);
  });

  it('should only avoid the session itself when the buffer is zero', () => {
    const sut = availability('UTC', {
      weeklyWindows: weekly('09:00', '13:00'),
    });
    const session = interval('2026-03-02T10:00:00Z', '2026-03-02T11:00:00Z');

    const result = findSlots(
      search([schedule('a', sut, [session])], monday, {
        durationMinutes: 30,
        stepMinutes: 30,
      }),
    );

    expect(startsByDate(result)['2026-03-02']).toEqual([
      '09:00',
      '09:30',
      '11:00',
      '11:30',
      '12:00',
      '12:30',
    ]);
  });

  it('should apply the buffer when the session lies outside the window', () => {
    const sut = availability('UTC', {
      weeklyWindows: weekly('09:00', '11:00'),
      bufferMinutes: 30,
    });
    const earlySession = interval(
      '2026-03-02T08:00:00Z',
      '2026-03-02T09:00:00Z',
    );

    const result = findSlots(
      search([schedule('a', sut, [earlySession])], monday, { stepMinutes: 30 }),
    );

    expect(startsOf(result)).toEqual([
      '2026-03-02T09:30:00.000Z',
      '2026-03-02T10:00:00.000Z',
    ]);
  });

  it('should skip a local day when its sessions reach the daily cap', () => {
    const sut = availability('UTC', {
      weeklyWindows: weekly('09:00', '12:00'),
      dailyCap: 2,
    });
    const sessions = [
      interval('2026-03-02T13:00:00Z', '2026-03-02T14:00:00Z'),
      interval('2026-03-02T15:00:00Z', '2026-03-02T16:00:00Z'),
    ];

    const result = findSlots(
      search([schedule('a', sut, sessions)], mondayToWednesday),
    );

    expect(Object.keys(startsByDate(result))).toEqual([
      '2026-03-03',
      '2026-03-04',
    ]);
  });

  it('should count a session on the panelist local day when it starts on another UTC day', () => {
    // 2026-03-10T03:00Z is Monday 23:00 in New York.
    const sut = availability('America/New_York', {
      weeklyWindows: weekly('09:00', '12:00'),
      dailyCap: 1,
    });
    const lateMonday = interval('2026-03-10T03:00:00Z', '2026-03-10T03:45:00Z');
    const range = interval('2026-03-09T00:00:00Z', '2026-03-11T00:00:00Z');

    const result = findSlots(
      search([schedule('ny', sut, [lateMonday])], range),
    );

    expect(startsByDate(result)).toEqual({
      '2026-03-10': ['13:00', '14:00', '15:00'],
    });
  });

  it('should skip the ISO week when sessions before the range reach the weekly cap', () => {
    const sut = availability('Europe/Berlin', {
      weeklyWindows: weekly('09:00', '10:00'),
      weeklyCap: 1,
    });
    const mondaySession = interval(
      '2026-03-02T12:00:00Z',
      '2026-03-02T13:00:00Z',
    );
    const wednesdayToNextTuesday = interval(
      '2026-03-04T00:00:00Z',
      '2026-03-11T00:00:00Z',
    );

    const result = findSlots(
      search([schedule('de', sut, [mondaySession])], wednesdayToNextTuesday),
    );

    expect(Object.keys(startsByDate(result))).toEqual([
      '2026-03-09',
      '2026-03-10',
    ]);
  });

  it('should offer nothing when a cap is zero', () => {
    const sut = availability('UTC', { dailyCap: 0 });

    expect(findSlots(search([schedule('a', sut)], mondayToWednesday))).toEqual(
      [],
    );
  });

  it('should block whole local days and exact instants when time off is set', () => {
    const sut = availability('America/New_York', {
      weeklyWindows: weekly('09:00', '12:00'),
      timeOff: [
        { kind: 'dates', startDate: '2026-03-02', endDate: '2026-03-02' },
        {
          kind: 'interval',
          ...interval('2026-03-03T15:00:00Z', '2026-03-03T16:00:00Z'),
        },
      ],
    });

    const result = findSlots(search([schedule('ny', sut)], mondayToWednesday));

    expect(startsByDate(result)).toEqual({
      '2026-03-03': ['14:00', '16:00'],
      '2026-03-04': ['14:00', '15:00', '16:00'],
    });
  });

  it('should use override windows when a date has an override', () => {
    const sut = availability('UTC', {
      weeklyWindows: weekly('09:00', '11:00'),
      overrides: [
        { date: '2026-03-02', windows: [] },
        { date: '2026-03-03', windows: [{ start: '15:00', end: '16:00' }] },
      ],
    });

    const result = findSlots(search([schedule('a', sut)], mondayToWednesday));

    expect(startsByDate(result)).toEqual({
      '2026-03-03': ['15:00'],
      '2026-03-04': ['09:00', '10:00'],
    });
  });

  it('should block the slot for the whole panel when one panelist is busy', () => {
    const open = availability('UTC', {
      weeklyWindows: weekly('09:00', '12:00'),
    });
    const busy = interval('2026-03-02T10:00:00Z', '2026-03-02T11:00:00Z');

    const result = findSlots(
      search([schedule('a', open), schedule('b', open, [busy])], monday),
    );

    expect(startsByDate(result)['2026-03-02']).toEqual(['09:00', '11:00']);
  });

  it('should start no slot sooner than the minimum notice after now', () => {
    const open = availability('UTC', {
      weeklyWindows: weekly('09:00', '13:00'),
    });

    const result = findSlots(
      search([schedule('a', open)], monday, {
        now: new Date('2026-03-02T09:10:00Z'),
        minimumNoticeMinutes: 120,
      }),
    );

    expect(startsByDate(result)['2026-03-02']).toEqual(['12:00']);
  });
});
