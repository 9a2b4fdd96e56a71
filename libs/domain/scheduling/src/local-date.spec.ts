import {
  formatLocalDate,
  isoWeekKey,
  mondayOf,
  parseLocalDate,
  parseTimeOfDay,
  weekdayOf,
} from './local-date';

describe(parseLocalDate.name, () => {
  it('should round-trip a date when it is real', () => {
    const day = parseLocalDate('2026-03-08');

    expect(day).not.toBeNull();
    expect(formatLocalDate(day ?? 0)).toBe('2026-03-08');
  });

  it.each(['2026-02-29', '2026-13-01', '2026-3-8', '08/03/2026', ''])(
    'should return null when the date is %p',
    (value) => {
      expect(parseLocalDate(value)).toBeNull();
    },
  );
});

describe(parseTimeOfDay.name, () => {
  it('should count minutes since midnight when the time is HH:MM', () => {
    expect(parseTimeOfDay('09:30')).toBe(570);
  });

  it('should accept 24:00 only when end of day is allowed', () => {
    expect(parseTimeOfDay('24:00')).toBeNull();
    expect(parseTimeOfDay('24:00', true)).toBe(1440);
  });

  it.each(['9:30', '24:30', '12:60', '12:00:00', 'noon'])(
    'should return null when the time is %p',
    (value) => {
      expect(parseTimeOfDay(value, true)).toBeNull();
    },
  );
});

describe(weekdayOf.name, () => {
  it('should use 0 for Sunday when given a known Sunday', () => {
    expect(weekdayOf(parseLocalDate('2026-03-08') ?? 0)).toBe(0);
    expect(weekdayOf(parseLocalDate('2026-03-09') ?? 0)).toBe(1);
    expect(weekdayOf(parseLocalDate('1969-12-31') ?? 0)).toBe(3);
  });
});

describe(isoWeekKey.name, () => {
  it('should change on Monday when walking through a week', () => {
    const sunday = parseLocalDate('2026-03-08') ?? 0;

    expect(isoWeekKey(sunday)).toBe(isoWeekKey(sunday - 6));
    expect(isoWeekKey(sunday + 1)).toBe(isoWeekKey(sunday) + 1);
    expect(formatLocalDate(mondayOf(sunday))).toBe('2026-03-02');
  });
});
