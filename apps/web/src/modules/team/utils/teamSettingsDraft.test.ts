import { describe, expect, it } from 'vitest';

import {
  draftFromSettings,
  settingsChanges,
  validateTeamSettings,
} from './teamSettingsDraft';

const SETTINGS = {
  id: 'team-1',
  scorecardReveal: 'SIMULTANEOUS' as const,
  scorecardDueHours: 48,
  reminderAfterHours: 24,
  escalateAfterHours: 72,
  minRescheduleNoticeHours: 24,
  maxReschedules: 2,
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
        scorecardReveal: 'AFTER_OWN_SUBMISSION',
        scorecardDueHours: 1,
        reminderAfterHours: 720,
        escalateAfterHours: 1440,
        minRescheduleNoticeHours: 720,
        maxReschedules: 0,
      }),
    ).toEqual({});
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
