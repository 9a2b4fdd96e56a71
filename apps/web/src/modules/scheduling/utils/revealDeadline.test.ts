import { describe, expect, it } from 'vitest';

import { fromLocalInputValue, toLocalInputValue } from './revealDeadline';

describe('reveal deadline input', () => {
  it('should show an instant on the viewer\u2019s clocks and read it back', () => {
    const value = toLocalInputValue(
      '2026-03-29T08:30:00.000Z',
      'Europe/Berlin',
    );

    expect(value).toBe('2026-03-29T10:30');
    expect(fromLocalInputValue(value, 'Europe/Berlin')?.toISOString()).toBe(
      '2026-03-29T08:30:00.000Z',
    );
  });

  it('should treat empty and malformed values as no deadline', () => {
    expect(toLocalInputValue(null, 'UTC')).toBe('');
    expect(fromLocalInputValue('', 'UTC')).toBeNull();
    expect(fromLocalInputValue('tomorrow', 'UTC')).toBeNull();
  });
});
