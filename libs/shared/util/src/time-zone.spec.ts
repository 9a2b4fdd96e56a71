import { formatInTimeZone, isoInTimeZone, isValidTimeZone } from './time-zone';

describe(isValidTimeZone.name, () => {
  it('should accept an IANA zone', () => {
    expect(isValidTimeZone('America/New_York')).toBe(true);
  });

  it('should reject an unknown zone', () => {
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});

describe(formatInTimeZone.name, () => {
  it('should write the moment in the given zone with the zone named', () => {
    const moment = new Date('2026-12-14T09:00:00Z');

    expect(formatInTimeZone(moment, 'Europe/Paris')).toBe('Mon 14 Dec 2026, 10:00 (Europe/Paris)');
    expect(formatInTimeZone(moment, 'America/New_York')).toBe('Mon 14 Dec 2026, 04:00 (America/New_York)');
  });

  it('should follow a DST change of the zone', () => {
    expect(formatInTimeZone(new Date('2026-07-01T12:00:00Z'), 'Europe/Paris')).toBe('Wed 1 Jul 2026, 14:00 (Europe/Paris)');
  });

  it('should leave the zone out when asked, for a column that names it once', () => {
    expect(formatInTimeZone(new Date('2026-12-14T09:00:00Z'), 'Europe/Paris', { withZone: false })).toBe('Mon 14 Dec 2026, 10:00');
  });
});

describe(isoInTimeZone.name, () => {
  it.each([
    ['2026-12-14T09:00:00Z', 'Europe/Paris', '2026-12-14T10:00:00+01:00'],
    ['2026-07-01T12:00:00Z', 'Europe/Paris', '2026-07-01T14:00:00+02:00'],
    ['2026-12-14T03:30:05Z', 'America/New_York', '2026-12-13T22:30:05-05:00'],
    ['2026-12-14T09:00:00Z', 'Asia/Kolkata', '2026-12-14T14:30:00+05:30'],
    ['2026-12-14T09:00:00Z', 'UTC', '2026-12-14T09:00:00+00:00'],
  ])('should write %s in %s as %s', (moment, timeZone, expected) => {
    expect(isoInTimeZone(new Date(moment), timeZone)).toBe(expected);
    expect(Date.parse(isoInTimeZone(new Date(moment), timeZone))).toBe(Date.parse(moment));
  });
});
