import { describe, expect, it } from 'vitest';

import { formatHours, roundHours } from './formatHours';

describe(formatHours.name, () => {
  it('should keep one decimal under ten hours and whole hours above', () => {
    expect(formatHours(0.46)).toBe('0.5 h');
    expect(formatHours(3.54)).toBe('3.5 h');
    expect(formatHours(26.4)).toBe('26 h');
  });

  it('should show a dash when the value is unknown', () => {
    expect(formatHours(null)).toBe('—');
    expect(formatHours(undefined)).toBe('—');
  });
});

describe(roundHours.name, () => {
  it('should round for the chart the same way as for the table', () => {
    expect(roundHours(9.96)).toBe(10);
    expect(roundHours(48.5)).toBe(49);
  });
});
