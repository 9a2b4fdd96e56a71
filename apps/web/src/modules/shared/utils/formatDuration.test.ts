import { describe, expect, it } from 'vitest';

import { formatDuration, formatTimeAgo } from './formatDuration';

describe(formatDuration.name, () => {
  it('should use the largest whole unit, singular for one', () => {
    expect(formatDuration(59_000)).toBe('less than a minute');
    expect(formatDuration(60_000)).toBe('1 minute');
    expect(formatDuration(59 * 60_000)).toBe('59 minutes');
    expect(formatDuration(23.9 * 3_600_000)).toBe('23 hours');
    expect(formatDuration(47 * 3_600_000)).toBe('1 day');
  });
});

describe(formatTimeAgo.name, () => {
  it('should say "just now" within the first minute', () => {
    const now = new Date('2026-03-10T12:00:00.000Z');

    expect(formatTimeAgo('2026-03-10T11:59:30.000Z', now)).toBe('just now');
    expect(formatTimeAgo('2026-03-10T09:00:00.000Z', now)).toBe('3 hours ago');
  });
});
