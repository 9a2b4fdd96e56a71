import { describe, expect, it } from 'vitest';

import {
  draftFromSettings,
  settingsChanges,
  validateTeamSettings,
} from './teamSettingsDraft';

const SETTINGS = {
  id: 'team-1',
  name: 'Platform hiring',
  timeZone: 'Europe/Paris',
  scorecardReveal: 'SIMULTANEOUS' as const,
  scorecardDueHours: 48,
  reminderAfterHours: 24,
  escalateAfterHours: 72,
  minRescheduleNoticeHours: 24,
  maxReschedules: 2,
  minimumBookingNoticeMinutes: 60,
};

describe(settingsChanges.name, () => {
  it('should be empty when nothing changed', () => {
    expect(settingsChanges(SETTINGS, draftFromSettings(SETTINGS))).toEqual({});
  });

  it('should hold only the changed fields, zero included', () => {
    const draft = {
      ...draftFromSettings(SETTINGS),
      minRescheduleNoticeHours: 0,
    };

    expect(settingsChanges(SETTINGS, draft)).toEqual({
      minRescheduleNoticeHours: 0,
    });
  });
});

describe(validateTeamSettings.name, () => {
  it('should accept the limits themselves', () => {
    expect(
      validateTeamSettings({
        name: 'A',
        timeZone: 'UTC',
        scorecardReveal: 'AFTER_OWN_SUBMISSION',
        scorecardDueHours: 1,
        reminderAfterHours: 720,
        escalateAfterHours: 1440,
        minRescheduleNoticeHours: 720,
        maxReschedules: 0,
        minimumBookingNoticeMinutes: 43_200,
      }),
    ).toEqual({});
  });

  it('should refuse a booking notice over 30 days', () => {
    expect(
      validateTeamSettings({
        ...draftFromSettings(SETTINGS),
        minimumBookingNoticeMinutes: 43_201,
      }),
    ).toEqual({
      minimumBookingNoticeMinutes: 'Enter a number from 0 to 43200',
    });
  });

  it('should refuse a due time of zero hours and fractions', () => {
    expect(
      validateTeamSettings({
        ...draftFromSettings(SETTINGS),
        scorecardDueHours: 0,
        maxReschedules: 1.5,
      }),
    ).toEqual({
      scorecardDueHours: 'Enter a number from 1 to 720',
      maxReschedules: 'Enter a whole number',
    });
  });
});

describe('the team name and zone', () => {
  it('should send a renamed team trimmed and a new zone, and nothing for spaces around the same name', () => {
    expect(settingsChanges(SETTINGS, { ...draftFromSettings(SETTINGS), name: '  Platform hiring ' })).toEqual({});
    expect(settingsChanges(SETTINGS, { ...draftFromSettings(SETTINGS), name: ' Data hiring ', timeZone: 'Asia/Tokyo' })).toEqual({
      name: 'Data hiring',
      timeZone: 'Asia/Tokyo',
    });
  });

  it('should refuse a blank or overlong name', () => {
    expect(validateTeamSettings({ ...draftFromSettings(SETTINGS), name: '   ' })).toEqual({ name: 'Give the team a name' });
    expect(validateTeamSettings({ ...draftFromSettings(SETTINGS), name: 'n'.repeat(121) })).toEqual({
      name: 'Keep the name to 120 characters',
    });
  });
});
