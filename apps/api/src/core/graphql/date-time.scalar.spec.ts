import { Kind } from 'graphql';

import { DateTimeScalar, parseDateTime } from './date-time.scalar';

describe(parseDateTime.name, () => {
  it('should read an RFC 3339 date-time with a zone as that instant', () => {
    expect(parseDateTime('2031-03-04T10:00:00Z').toISOString()).toBe('2031-03-04T10:00:00.000Z');
    expect(parseDateTime('2031-03-04T10:00:00.250+02:00').toISOString()).toBe('2031-03-04T08:00:00.250Z');
    expect(parseDateTime('2031-03-04T10:00Z').toISOString()).toBe('2031-03-04T10:00:00.000Z');
  });

  it('should accept both ends of the range', () => {
    expect(parseDateTime('1970-01-01T00:00:00.000Z').getTime()).toBe(0);
    expect(parseDateTime('2999-12-31T23:59:59.999Z').toISOString()).toBe('2999-12-31T23:59:59.999Z');
  });

  it.each([
    ['a number', 0],
    ['the largest Date as a number', 8.64e15],
    ['a boolean', true],
    ['free text', 'not a date'],
    ['a date without a time', '2031-03-04'],
    ['a time without a zone', '2031-03-04T10:00:00'],
    ['a six-digit year', '+275760-09-13T00:00:00.000Z'],
    ['a negative year', '-000001-01-01T00:00:00.000Z'],
    ['year zero', '0000-01-01T00:00:00.000Z'],
    ['February 30', '2031-02-30T10:00:00Z'],
    ['month 13', '2031-13-01T00:00:00Z'],
    ['hour 24', '2031-01-01T24:00:00Z'],
    ['an instant before the epoch', '1969-12-31T23:59:59.999Z'],
    ['the year 3000', '3000-01-01T00:00:00.000Z'],
    ['the last instant ISO strings can write', '9999-12-31T23:59:59.999Z'],
  ])('should refuse %s', (_name, value) => {
    expect(() => parseDateTime(value)).toThrow(/DateTime/);
  });
});

describe('DateTimeScalar', () => {
  it('should refuse a literal that is not a string', () => {
    expect(() => DateTimeScalar.parseLiteral({ kind: Kind.INT, value: '0' })).toThrow(/must be a string/);
  });

  it('should write a Date as an ISO string', () => {
    expect(DateTimeScalar.serialize(new Date(Date.UTC(2031, 2, 4, 10)))).toBe('2031-03-04T10:00:00.000Z');
  });

  it('should write a timestamp that came as text from JSON built in SQL', () => {
    expect(DateTimeScalar.serialize('2031-03-04T10:00:00+00:00')).toBe('2031-03-04T10:00:00.000Z');
  });

  it('should refuse to write a value that is no date', () => {
    expect(() => DateTimeScalar.serialize('soon')).toThrow(/cannot represent/);
    expect(() => DateTimeScalar.serialize(42)).toThrow(/cannot represent/);
  });
});
