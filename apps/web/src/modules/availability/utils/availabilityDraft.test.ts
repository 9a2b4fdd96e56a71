import { describe, expect, it } from 'vitest';

import {
  type AvailabilityDraft,
  humanizeMessage,
  nextWindowFor,
  normalizeFieldPath,
  toInput,
} from './availabilityDraft';

describe(normalizeFieldPath.name, () => {
  it('should turn dotted indexes into brackets when the API spells them that way', () => {
    expect(normalizeFieldPath('timeOff.0')).toBe('timeOff[0]');
    expect(normalizeFieldPath('overrides[1].windows[0].end')).toBe(
      'overrides[1].windows[0].end',
    );
  });
});

describe(toInput.name, () => {
  it('should send empty caps as no cap and a one-day time off with its end date', () => {
    const draft: AvailabilityDraft = {
      timeZone: 'Europe/Berlin',
      weeklyWindows: [{ weekday: 1, start: '09:00 ', end: '12:00' }],
      overrides: [{ date: '2026-03-05', windows: [] }],
      timeOff: [
        {
          kind: 'dates',
          startDate: '2026-04-01',
          endDate: '',
          start: null,
          end: null,
          note: '',
        },
      ],
      bufferMinutes: '',
      dailyCap: 3,
      weeklyCap: '',
    };

    expect(toInput(draft, 4)).toEqual({
      timeZone: 'Europe/Berlin',
      weeklyWindows: [{ weekday: 1, start: '09:00', end: '12:00' }],
      overrides: [{ date: '2026-03-05', windows: [] }],
      timeOff: [
        {
          kind: 'dates',
          startDate: '2026-04-01',
          endDate: '2026-04-01',
          note: null,
        },
      ],
      bufferMinutes: 0,
      dailyCap: 3,
      weeklyCap: null,
      expectedVersion: 4,
    });
  });
});

describe(humanizeMessage.name, () => {
  it('should name the window as the editor does when the API names an index', () => {
    const draft = {
      weeklyWindows: [
        { weekday: 1, start: '09:00', end: '17:00' },
        { weekday: 5, start: '09:00', end: '12:00' },
        { weekday: 5, start: '11:00', end: '17:00' },
      ],
    };

    expect(humanizeMessage('overlaps weeklyWindows[1]', draft)).toBe(
      'overlaps Friday window 1',
    );
    expect(humanizeMessage('overlaps overrides[0].windows[1]', draft)).toBe(
      'overlaps override 1 window 2',
    );
  });
});

describe(nextWindowFor.name, () => {
  it('should add 09:00–17:00 to an empty day and an hour after the last window otherwise', () => {
    expect(nextWindowFor([])).toEqual({ start: '09:00', end: '17:00' });
    expect(nextWindowFor([{ start: '09:00', end: '12:00' }])).toEqual({
      start: '12:30',
      end: '13:30',
    });
    expect(nextWindowFor([{ start: '09:00', end: '23:45' }])).toEqual({
      start: '',
      end: '',
    });
  });
});
