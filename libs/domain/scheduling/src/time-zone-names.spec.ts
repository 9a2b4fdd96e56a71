import { timeZoneLabel, timeZoneNames } from './time-zone-names';

describe(timeZoneNames.name, () => {
  it('should list the runtime zones sorted, with UTC, when nothing is added', () => {
    const sut = timeZoneNames();

    expect(sut).toContain('Europe/Paris');
    expect(sut).toContain('UTC');
    expect(sut).toEqual([...sut].sort((a, b) => a.localeCompare(b)));
    expect(new Set(sut).size).toBe(sut.length);
  });

  it('should add the given names once when the runtime list lacks them or has them', () => {
    const sut = timeZoneNames(['Etc/Unknown_Zone', 'Europe/Paris', 'UTC']);

    expect(sut.filter((zone) => zone === 'Etc/Unknown_Zone')).toHaveLength(1);
    expect(sut.filter((zone) => zone === 'Europe/Paris')).toHaveLength(1);
    expect(sut.filter((zone) => zone === 'UTC')).toHaveLength(1);
  });

  it('should still offer UTC and the given names when the runtime cannot list zones', () => {
    const original = Intl.supportedValuesOf;
    Object.defineProperty(Intl, 'supportedValuesOf', {
      value: undefined,
      configurable: true,
    });
    try {
      expect(timeZoneNames(['Europe/Paris'])).toEqual(['Europe/Paris', 'UTC']);
    } finally {
      Object.defineProperty(Intl, 'supportedValuesOf', {
        value: original,
        configurable: true,
      });
    }
  });
});

describe(timeZoneLabel.name, () => {
  it('should replace underscores with spaces when the name has them', () => {
    expect(timeZoneLabel('America/New_York')).toBe('America/New York');
    expect(timeZoneLabel('America/Argentina/Buenos_Aires')).toBe(
      'America/Argentina/Buenos Aires',
    );
  });

  it('should keep the name when it has no underscore', () => {
    expect(timeZoneLabel('Europe/Paris')).toBe('Europe/Paris');
  });
});
