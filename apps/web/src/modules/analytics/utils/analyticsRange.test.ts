import { describe, expect, it } from 'vitest';

import {
  defaultFilterValues,
  defaultRange,
  rangeError,
  toAnalyticsFilter,
} from './analyticsRange';

const NOW = new Date('2026-03-10T23:30:00.000Z');

describe(defaultRange.name, () => {
  it('should cover the last 90 days up to today in the viewer zone', () => {
    expect(defaultRange(NOW, 'UTC')).toEqual({
      from: '2025-12-10',
      to: '2026-03-10',
    });
    // Already the 11th in Tokyo.
    expect(defaultRange(NOW, 'Asia/Tokyo').to).toBe('2026-03-11');
  });
});

describe(rangeError.name, () => {
  it('should refuse a missing date or a start after the end', () => {
    expect(rangeError({ from: '', to: '2026-03-10' })).toBe(
      'Enter both dates.',
    );
    expect(rangeError({ from: '2026-03-11', to: '2026-03-10' })).toMatch(
      /on or before/,
    );
    expect(rangeError({ from: '2026-03-10', to: '2026-03-10' })).toBeNull();
  });
});

describe(toAnalyticsFilter.name, () => {
  it('should send zone midnights with the last day included when the range is valid', () => {
    expect(
      toAnalyticsFilter(
        {
          from: '2026-01-01',
          to: '2026-01-31',
          kitId: 'kit-1',
          interviewerId: null,
        },
        'Europe/Paris',
      ),
    ).toEqual({
      from: '2025-12-31T23:00:00.000Z',
      to: '2026-01-31T23:00:00.000Z',
      kitId: 'kit-1',
      interviewerId: null,
    });
  });

  it('should give nothing to ask for when the range is invalid', () => {
    expect(
      toAnalyticsFilter(
        { ...defaultFilterValues(NOW, 'UTC'), from: '2026-04-01' },
        'UTC',
      ),
    ).toBeNull();
  });
});
