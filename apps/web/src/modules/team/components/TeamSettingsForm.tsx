import { type FormEvent, useState } from 'react';
import {
  Alert,
  Fieldset,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';

import type { TeamSettings } from '@web/modules/team/hooks/useTeamSettings';
import { useUpdateTeamSettings } from '@web/modules/team/hooks/useUpdateTeamSettings';
import {
  draftFromSettings,
  isScorecardReveal,
  NUMBER_LIMITS,
  REVEAL_OPTIONS,
  settingsChanges,
  TEAM_NAME_MAX,
  type TeamSettingsDraft,
  type TeamSettingsErrors,
  validateTeamSettings,
} from '@web/modules/team/utils/teamSettingsDraft';
import { SaveBar } from '@web/modules/shared/components/SaveBar';
import { TimeZoneSelect } from '@web/modules/shared/components/TimeZoneSelect';
import { toApiError } from '@web/modules/shared/utils/apiError';
import { notify } from '@web/modules/shared/utils/notify';

export type TeamSettingsFormProps = {
  settings: TeamSettings;
};

type NumberField = keyof typeof NUMBER_LIMITS;
type FieldWithError = keyof TeamSettingsErrors;

function isFormField(field: string | undefined): field is FieldWithError {
  return field !== undefined && (field in NUMBER_LIMITS || field === 'name' || field === 'timeZone');
}

/** Scorecard reveal, reminders and due time, booking notice, reschedule policy; coordinators only. */
export function TeamSettingsForm({ settings }: TeamSettingsFormProps) {
  const { updateTeamSettings, isSaving } = useUpdateTeamSettings();
  const [draft, setDraft] = useState<TeamSettingsDraft>(() =>
    draftFromSettings(settings),
  );
  const [errors, setErrors] = useState<TeamSettingsErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const changes = settingsChanges(settings, draft);
  const isDirty =
    Object.keys(changes).length > 0 ||
    Object.values(draft).some((value) => value === '');

  const setNumber = (field: NumberField, value: string | number) => {
    setDraft((current) => ({
      ...current,
      [field]: typeof value === 'number' ? value : '',
    }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const found = validateTeamSettings(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      return;
    }
    if (Object.keys(changes).length === 0) {
      notify({
        color: 'gray',
        message: 'Nothing to save: no setting changed.',
      });

      return;
    }
    try {
      await updateTeamSettings(changes);
      notify({ color: 'green', message: 'Team settings saved.' });
    } catch (error) {
      const apiError = toApiError(error);
      if (isFormField(apiError.field)) {
        setErrors({ [apiError.field]: apiError.message });
      } else {
        setFormError(apiError.message);
      }
    }
  };

  const numberProps = (field: NumberField) => ({
    value: draft[field],
    onChange: (value: string | number) => setNumber(field, value),
    error: errors[field],
    min: NUMBER_LIMITS[field].min,
    max: NUMBER_LIMITS[field].max,
    allowDecimal: false,
    allowNegative: false,
    clampBehavior: 'none' as const,
    required: true,
  });

  return (
    <form
      onSubmit={(event) => void handleSubmit(event)}
      noValidate
      aria-label="Scoring settings"
    >
      <Stack gap="lg">
        {formError ? (
          <Alert color="red" title="Could not save the settings" role="alert">
            {formError}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label="Team name"
            required
            maxLength={TEAM_NAME_MAX}
            value={draft.name}
            error={errors.name}
            onChange={(event) => {
              const name = event.currentTarget.value;
              setDraft((current) => ({ ...current, name }));
              setErrors((current) => ({ ...current, name: undefined }));
            }}
          />
          <TimeZoneSelect
            label="Team time zone"
            description="Exports (PDF, CSV) write their times in this zone, beside UTC"
            value={draft.timeZone}
            error={errors.timeZone}
            onChange={(timeZone) => {
              setDraft((current) => ({ ...current, timeZone }));
              setErrors((current) => ({ ...current, timeZone: undefined }));
            }}
          />
        </SimpleGrid>
        <Radio.Group
          label="Scorecard reveal"
          description="When panelists may read each other’s scorecards. Independent scoring keeps one opinion from shaping another."
          value={draft.scorecardReveal}
          onChange={(value) => {
            if (isScorecardReveal(value)) {
              setDraft((current) => ({ ...current, scorecardReveal: value }));
            }
          }}
        >
          <Stack gap="sm" mt="xs">
            {REVEAL_OPTIONS.map((option) => (
              <Radio
                key={option.value}
                value={option.value}
                label={option.label}
                description={option.description}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Fieldset
          legend={
            <Text component="span" fw={600} size="sm">
              Missing scorecards
            </Text>
          }
          variant="unstyled"
        >
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <NumberInput
              label="Remind panelists after (hours)"
              description="Hours after a session ends before panelists who have not submitted get a reminder."
              {...numberProps('reminderAfterHours')}
            />
            <NumberInput
              label="Scorecards due after (hours)"
              description="Hours after a session ends before a missing scorecard counts as overdue."
              {...numberProps('scorecardDueHours')}
            />
            <NumberInput
              label="Alert coordinators after (hours)"
              description="Hours after a session ends before coordinators hear of a missing scorecard."
              {...numberProps('escalateAfterHours')}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset
          legend={
            <Text component="span" fw={600} size="sm">
              Booking
            </Text>
          }
          variant="unstyled"
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <NumberInput
              label="Minimum notice for new bookings (minutes)"
              description="A session must start at least this long after it is booked or moved, so the panel hears of it in time. A coordinator can book sooner with a reason."
              {...numberProps('minimumBookingNoticeMinutes')}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset
          legend={
            <Text component="span" fw={600} size="sm">
              Reschedule policy
            </Text>
          }
          variant="unstyled"
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <NumberInput
              label="Minimum notice (hours)"
              description="Moving a session closer to its start than this needs a coordinator’s override."
              {...numberProps('minRescheduleNoticeHours')}
            />
            <NumberInput
              label="Reschedules per session"
              description="A session moved this many times needs a coordinator’s override to move again."
              {...numberProps('maxReschedules')}
            />
          </SimpleGrid>
        </Fieldset>
        <SaveBar
          submitLabel="Save settings"
          version={null}
          isDirty={isDirty}
          isSaving={isSaving}
          variant="inline"
        />
      </Stack>
    </form>
  );
}
