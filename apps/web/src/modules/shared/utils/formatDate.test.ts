import { describe, expect, it } from 'vitest';

import { formatClockTime, formatDate, formatDateTime } from './formatDate';

// 14:05 UTC on 7 December: 09:05 in New York, 23:05 in Tokyo.
const INSTANT = '2026-12-07T14:05:00.000Z';

describe('times in the profile zone', () => {
  it('should show a New York user New York time, labelled, whatever the browser zone', () => {
    expect(formatDateTime(INSTANT, 'America/New_York')).toMatch(
      /9:05.*\(America\/New York\)$/,
    );
    expect(formatClockTime(INSTANT, 'America/New_York')).toMatch(/9:05.*EST/);
  });

  it('should move the date with the zone', () => {
    expect(formatDate('2026-12-07T23:30:00.000Z', 'Asia/Tokyo')).toContain(
      'Dec 8',
    );
    expect(
      formatDate('2026-12-07T23:30:00.000Z', 'America/Los_Angeles'),
    ).toContain('Dec 7');
    expect(formatClockTime(INSTANT, 'Asia/Tokyo')).toMatch(/11:05.*GMT\+9/);
  });
});
