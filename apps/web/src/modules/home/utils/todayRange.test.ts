import { describe, expect, it } from 'vitest';

import { todayRange } from './todayRange';

describe(todayRange.name, () => {
  it('should span the local day of the viewer when their zone is ahead of UTC', () => {
    // 23:30 UTC on the 9th is already the 10th in Tokyo (UTC+9).
    expect(todayRange(new Date('2026-03-09T23:30:00Z'), 'Asia/Tokyo')).toEqual({
      dateKey: '2026-03-10',
      from: '2026-03-09T15:00:00.000Z',
      to: '2026-03-10T15:00:00.000Z',
    });
  });

  it('should be 23 hours long on the day clocks go forward', () => {
    const range = todayRange(new Date('2026-03-29T12:00:00Z'), 'Europe/Paris');

    expect(range).toEqual({
      dateKey: '2026-03-29',
      from: '2026-03-28T23:00:00.000Z',
      to: '2026-03-29T22:00:00.000Z',
    });
  });
});
