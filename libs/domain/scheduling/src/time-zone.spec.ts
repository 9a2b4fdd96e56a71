import { MS_PER_MINUTE, parseLocalDate } from './local-date';
import {
  instantToLocal,
  instantToWallClock,
  isKnownTimeZone,
  localDateTimeToInstant,
  localToInstantMs,
  timeZoneOffsetMinutes,
} from './time-zone';

const NEW_YORK = 'America/New_York';
const BERLIN = 'Europe/Berlin';

function iso(date: string, time: string, zone: string): string {
  return localDateTimeToInstant(date, time, zone).toISOString();
}

describe(localDateTimeToInstant.name, () => {
  it('should apply the standard offset when the date is far from a transition', () => {
    expect(iso('2026-01-15', '09:00', NEW_YORK)).toBe(
      '2026-01-15T14:00:00.000Z',
    );
    expect(iso('2026-01-15', '09:00', BERLIN)).toBe('2026-01-15T08:00:00.000Z');
  });

  it('should apply the summer offset when daylight saving time is in force', () => {
    expect(iso('2026-07-01', '09:00', NEW_YORK)).toBe(
      '2026-07-01T13:00:00.000Z',
    );
    expect(iso('2026-07-01', '09:00', BERLIN)).toBe('2026-07-01T07:00:00.000Z');
  });

  it('should handle zones with half-hour offsets when there is no daylight saving time', () => {
    expect(iso('2026-03-08', '09:00', 'Asia/Kolkata')).toBe(
      '2026-03-08T03:30:00.000Z',
    );
  });

  it('should shift forward by the gap when the local time does not exist in New York', () => {
    expect(iso('2026-03-08', '01:59', NEW_YORK)).toBe(
      '2026-03-08T06:59:00.000Z',
    );
    expect(iso('2026-03-08', '02:00', NEW_YORK)).toBe(
      '2026-03-08T07:00:00.000Z',
    );
    expect(iso('2026-03-08', '02:30', NEW_YORK)).toBe(
      '2026-03-08T07:30:00.000Z',
    );
    expect(iso('2026-03-08', '03:00', NEW_YORK)).toBe(
      '2026-03-08T07:00:00.000Z',
    );
  });

  it('should shift forward by the gap when the local time does not exist in Berlin', () => {
    expect(iso('2026-03-29', '02:15', BERLIN)).toBe('2026-03-29T01:15:00.000Z');
    expect(iso('2026-03-29', '03:00', BERLIN)).toBe('2026-03-29T01:00:00.000Z');
  });

  it('should take the earlier offset when the local time is ambiguous in New York', () => {
    expect(iso('2026-11-01', '00:59', NEW_YORK)).toBe(
      '2026-11-01T04:59:00.000Z',
    );
    expect(iso('2026-11-01', '01:30', NEW_YORK)).toBe(
      '2026-11-01T05:30:00.000Z',
    );
    expect(iso('2026-11-01', '02:00', NEW_YORK)).toBe(
      '2026-11-01T07:00:00.000Z',
    );
  });

  it('should take the earlier offset when the local time is ambiguous in Berlin', () => {
    expect(iso('2026-10-25', '02:30', BERLIN)).toBe('2026-10-25T00:30:00.000Z');
    expect(iso('2026-10-25', '03:00', BERLIN)).toBe('2026-10-25T02:00:00.000Z');
  });

  it('should mean the next midnight when the time is 24:00', () => {
    expect(iso('2026-03-07', '24:00', NEW_YORK)).toBe(
      iso('2026-03-08', '00:00', NEW_YORK),
    );
  });

  it.each([
    ['2026-02-30', '09:00', NEW_YORK],
    ['2026-03-08', '9:00', NEW_YORK],
    ['2026-03-08', '09:00', 'Mars/Olympus_Mons'],
  ])('should throw a RangeError when given %p %p %p', (date, time, zone) => {
    expect(() => localDateTimeToInstant(date, time, zone)).toThrow(RangeError);
  });
});

describe(localToInstantMs.name, () => {
  it.each([
    [NEW_YORK, '2026-03-08'],
    [NEW_YORK, '2026-11-01'],
    [BERLIN, '2026-03-29'],
    [BERLIN, '2026-10-25'],
    ['Australia/Lord_Howe', '2026-04-05'],
  ])(
    'should keep every quarter hour or move it forward when %s switches on %s',
    (zone, date) => {
      const day = parseLocalDate(date) ?? 0;
      const sameWallTime = (instant: number, minute: number): boolean => {
        const local = instantToLocal(instant, zone);

        return local.dayNumber === day && local.minuteOfDay === minute;
      };
      for (let minute = 0; minute < 1440; minute += 15) {
        const instant = localToInstantMs(day, minute, zone);
        const local = instantToLocal(instant, zone);
        const shown = (local.dayNumber - day) * 1440 + local.minuteOfDay;

        expect(shown).toBeGreaterThanOrEqual(minute);
        expect(shown - minute).toBeLessThanOrEqual(60);
        // The earlier occurrence is chosen, so none lies 30 or 60 minutes before.
        expect(sameWallTime(instant - 30 * MS_PER_MINUTE, minute)).toBe(false);
        expect(sameWallTime(instant - 60 * MS_PER_MINUTE, minute)).toBe(false);
      }
    },
  );
});

describe(isKnownTimeZone.name, () => {
  it('should accept an IANA zone when the runtime knows it', () => {
    expect(isKnownTimeZone('Europe/Berlin')).toBe(true);
  });

  it('should reject a name when it is not a zone', () => {
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isKnownTimeZone('')).toBe(false);
  });
});

describe(timeZoneOffsetMinutes.name, () => {
  it('should be negative west of Greenwich and positive east of it', () => {
    expect(
      timeZoneOffsetMinutes(new Date('2026-01-15T12:00:00Z'), NEW_YORK),
    ).toBe(-300);
    expect(timeZoneOffsetMinutes(Date.parse('2026-01-15T12:00:00Z'), BERLIN)).toBe(
      60,
    );
  });

  it('should follow daylight saving time when it is in force', () => {
    expect(
      timeZoneOffsetMinutes(new Date('2026-07-01T12:00:00Z'), NEW_YORK),
    ).toBe(-240);
    expect(timeZoneOffsetMinutes(new Date('2026-07-01T12:00:00Z'), 'UTC')).toBe(
      0,
    );
  });

  it('should count minutes when the zone is not a whole hour off', () => {
    expect(
      timeZoneOffsetMinutes(new Date('2026-01-15T12:00:00Z'), 'Asia/Kolkata'),
    ).toBe(330);
  });

  it('should throw when the zone is unknown', () => {
    expect(() => timeZoneOffsetMinutes(new Date(), 'Mars/Olympus')).toThrow(
      RangeError,
    );
  });
});

describe(instantToWallClock.name, () => {
  it('should give the local date, time and weekday when the zone is behind UTC', () => {
    expect(instantToWallClock(new Date('2026-03-02T02:30:00Z'), NEW_YORK)).toEqual({
      date: '2026-03-01',
      time: '21:30',
      weekday: 0,
      minuteOfDay: 1290,
    });
  });

  it('should follow the summer offset when daylight saving time is in force', () => {
    expect(
      instantToWallClock(Date.parse('2026-07-01T07:05:59Z'), BERLIN),
    ).toEqual({
      date: '2026-07-01',
      time: '09:05',
      weekday: 3,
      minuteOfDay: 545,
    });
  });

  it('should throw when the instant is invalid', () => {
    expect(() => instantToWallClock(new Date('nope'), BERLIN)).toThrow(
      RangeError,
    );
  });
});
