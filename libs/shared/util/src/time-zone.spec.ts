import { isValidTimeZone } from './time-zone';

describe(isValidTimeZone.name, () => {
  it('should accept an IANA zone', () => {
    expect(isValidTimeZone('America/New_York')).toBe(true);
  });

  it('should reject an unknown zone', () => {
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
