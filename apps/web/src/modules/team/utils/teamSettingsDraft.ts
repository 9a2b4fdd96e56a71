import type {
  ScorecardReveal,
  UpdateTeamSettingsInput,
} from '@web/generated/graphql';
import type { TeamSettings } from '@web/modules/team/hooks/useTeamSettings';

export type TeamSettingsDraft = {
  name: string;
  timeZone: string;
  scorecardReveal: ScorecardReveal;
  /** Number inputs hold '' while cleared. */
  scorecardDueHours: number | '';
  reminderAfterHours: number | '';
  escalateAfterHours: number | '';
  minRescheduleNoticeHours: number | '';
  maxReschedules: number | '';
  minimumBookingNoticeMinutes: number | '';
};

type NumberField = Exclude<keyof TeamSettingsDraft, 'scorecardReveal' | 'name' | 'timeZone'>;

/** The longest team name the API takes. */
export const TEAM_NAME_MAX = 120;

// The API's limits (UpdateTeamSettingsInput), checked here to answer at once.
export const NUMBER_LIMITS: Record<NumberField, { min: number; max: number }> =
  {
    scorecardDueHours: { min: 1, max: 24 * 30 },
    reminderAfterHours: { min: 1, max: 24 * 30 },
    escalateAfterHours: { min: 1, max: 24 * 60 },
    minRescheduleNoticeHours: { min: 0, max: 24 * 30 },
    maxReschedules: { min: 0, max: 100 },
    // 30 days, as MAX_MINIMUM_NOTICE_MINUTES in the scheduling library.
    minimumBookingNoticeMinutes: { min: 0, max: 30 * 24 * 60 },
  };

const NUMBER_FIELDS = Object.keys(NUMBER_LIMITS) as NumberField[];

export const REVEAL_OPTIONS: readonly {
  value: ScorecardReveal;
  label: string;
  description: string;
}[] = [
  {
    value: 'AFTER_OWN_SUBMISSION',
    label: 'After your own submission',
    description:
      'Each panelist sees the others’ scorecards after submitting their own.',
  },
  {
    value: 'SIMULTANEOUS',
    label: 'Simultaneous',
    description:
      'Nobody on the panel sees any scorecard until the whole panel has submitted or the reveal deadline passes.',
  },
];

export function isScorecardReveal(
  value: string | null,
): value is ScorecardReveal {
  return REVEAL_OPTIONS.some((option) => option.value === value);
}

export function draftFromSettings(settings: TeamSettings): TeamSettingsDraft {
  return {
    name: settings.name,
    timeZone: settings.timeZone,
    scorecardReveal: settings.scorecardReveal,
    scorecardDueHours: settings.scorecardDueHours,
    reminderAfterHours: settings.reminderAfterHours,
    escalateAfterHours: settings.escalateAfterHours,
    minRescheduleNoticeHours: settings.minRescheduleNoticeHours,
    maxReschedules: settings.maxReschedules,
    minimumBookingNoticeMinutes: settings.minimumBookingNoticeMinutes,
  };
}

export type TeamSettingsErrors = Partial<Record<NumberField | 'name' | 'timeZone', string>>;

/** Whole numbers within the API's limits; an empty field is an error too. */
export function validateTeamSettings(
  draft: TeamSettingsDraft,
): TeamSettingsErrors {
  const errors: TeamSettingsErrors = {};
  const name = draft.name.trim();
  if (!name) {
    errors.name = 'Give the team a name';
  } else if (name.length > TEAM_NAME_MAX) {
    errors.name = `Keep the name to ${TEAM_NAME_MAX} characters`;
  }
  for (const field of NUMBER_FIELDS) {
    const value = draft[field];
    const { min, max } = NUMBER_LIMITS[field];
    if (value === '' || !Number.isInteger(value)) {
      errors[field] = 'Enter a whole number';
    } else if (value < min || value > max) {
      errors[field] = `Enter a number from ${min} to ${max}`;
    }
  }

  return errors;
}

/** Only what differs from the saved settings, as the mutation's input. */
export function settingsChanges(
  settings: TeamSettings,
  draft: TeamSettingsDraft,
): UpdateTeamSettingsInput {
  const changes: UpdateTeamSettingsInput = {};
  if (draft.name.trim() && draft.name.trim() !== settings.name) {
    changes.name = draft.name.trim();
  }
  if (draft.timeZone !== settings.timeZone) {
    changes.timeZone = draft.timeZone;
  }
  if (draft.scorecardReveal !== settings.scorecardReveal) {
    changes.scorecardReveal = draft.scorecardReveal;
  }
  for (const field of NUMBER_FIELDS) {
    const value = draft[field];
    if (value !== '' && value !== settings[field]) {
      changes[field] = value;
    }
  }

  return changes;
}
