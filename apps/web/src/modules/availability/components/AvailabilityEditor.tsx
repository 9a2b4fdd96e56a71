import { type FormEvent, useRef, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Grid,
  Group,
  NumberInput,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';

import type { Availability } from '@web/modules/availability/hooks/useMyAvailability';
import { useSetAvailability } from '@web/modules/availability/hooks/useSetAvailability';
import {
  type AvailabilityDraft,
  type FieldErrors,
  humanizeMessage,
  normalizeFieldPath,
  toDraft,
  toInput,
  withoutErrorsUnder,
} from '@web/modules/availability/utils/availabilityDraft';
import { toDetailedApiError } from '@web/modules/scheduling/utils/detailedApiError';
import { TimeZoneSelect } from '@web/modules/shared/components/TimeZoneSelect';

import { DateOverridesEditor } from './DateOverridesEditor';
import { TimeOffEditor } from './TimeOffEditor';
import { WeekGrid } from './WeekGrid';
import { WeeklyWindowList } from './WeeklyWindowList';

export type AvailabilityEditorProps = {
  availability: Availability;
  /** Loads the stored availability again, after a conflict. */
  onReload: () => Promise<Availability | null>;
};

const SECTION_OF_FIELD: Record<string, string> = {
  weeklyWindows: 'Weekly hours',
  overrides: 'Date overrides',
  timeOff: 'Time off',
};

export function AvailabilityEditor({
  availability,
  onReload,
}: AvailabilityEditorProps) {
  const { setAvailability, isSaving } = useSetAvailability();
  const [draft, setDraft] = useState<AvailabilityDraft>(() =>
    toDraft(availability),
  );
  const [version, setVersion] = useState(availability.version);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isConflict, setIsConflict] = useState(false);
  const [isDirty, setIsDirty] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const change = <K extends keyof AvailabilityDraft>(
    key: K,
    value: AvailabilityDraft[K],
  ) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setErrors((current) => withoutErrorsUnder(current, key));
    setIsDirty(true);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    setIsConflict(false);
    try {
      const saved = await setAvailability(toInput(draft, version));
      setDraft(toDraft(saved));
      setVersion(saved.version);
      setErrors({});
      setIsDirty(false);
    } catch (error) {
      const apiError = toDetailedApiError(error);
      if (apiError.code === 'CONFLICT') {
        setIsConflict(true);

        return;
      }
      const fieldErrors = Object.fromEntries(
        apiError.details.problems.map(({ field, message }) => [
          normalizeFieldPath(field),
          humanizeMessage(message, draft),
        ]),
      );
      setErrors(fieldErrors);
      // Save sits below the fields: take the user to the first one to fix.
      requestAnimationFrame(() =>
        formRef.current
          ?.querySelector<HTMLElement>('[aria-invalid="true"]')
          ?.focus(),
      );
      const sections = [
        ...new Set(
          Object.keys(fieldErrors).map(
            (field) => SECTION_OF_FIELD[field.split(/[.[]/)[0] ?? ''] ?? null,
          ),
        ),
      ].filter((section): section is string => section !== null);
      const count = Object.keys(fieldErrors).length;
      // The server's messages name no field: they are shown next to each field.
      setFormError(
        count
          ? `Fix the ${count === 1 ? 'highlighted field' : `${count} highlighted fields`}${sections.length ? ` in ${sections.join(', ')}` : ''}.`
          : apiError.message,
      );
    }
  };

  const loadLatest = async () => {
    const latest = await onReload();
    if (latest) {
      setDraft(toDraft(latest));
      setVersion(latest.version);
      setErrors({});
      setIsConflict(false);
      setIsDirty(false);
    }
  };

  return (
    <form
      ref={formRef}
      onSubmit={(event) => void handleSubmit(event)}
      noValidate
      aria-label="Availability"
    >
      <Stack gap="lg">
        {isConflict ? (
          <Alert
            color="orange"
            title="Your availability was changed elsewhere"
            role="alert"
          >
            <Stack gap="xs" align="flex-start">
              <Text size="sm">
                Someone (maybe you, in another tab) saved a newer version. Load
                it to continue; the changes on this page will be replaced.
              </Text>
              <Button
                size="xs"
                variant="default"
                onClick={() => void loadLatest()}
              >
                Load the latest version
              </Button>
            </Stack>
          </Alert>
        ) : null}
        {formError ? (
          <Alert
            color="red"
            title="Could not save your availability"
            role="alert"
          >
            {formError}
          </Alert>
        ) : null}

        <Paper
          withBorder
          radius="md"
          p="lg"
          component="section"
          aria-labelledby="hours-heading"
        >
          <Group justify="space-between" align="flex-end" mb="md" wrap="wrap">
            <div>
              <Title order={2} size="h3" id="hours-heading">
                Weekly hours
              </Title>
              <Text size="sm" c="dimmed">
                The times you can interview in a normal week, in your time zone.
              </Text>
            </div>
            <TimeZoneSelect
              label="Time zone"
              description={null}
              hasReadableLabels
              nothingFoundMessage="No such time zone"
              maxDropdownHeight={280}
              limit={Infinity}
              w={280}
              value={draft.timeZone}
              error={errors['timeZone']}
              onChange={(timeZone) => change('timeZone', timeZone)}
            />
          </Group>
          <Grid gap="xl">
            <Grid.Col span={{ base: 12, md: 7 }}>
              <WeekGrid
                windows={draft.weeklyWindows}
                onChange={(windows) => change('weeklyWindows', windows)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <WeeklyWindowList
                windows={draft.weeklyWindows}
                errors={errors}
                onChange={(windows) => change('weeklyWindows', windows)}
              />
            </Grid.Col>
          </Grid>
        </Paper>

        <Paper
          withBorder
          radius="md"
          p="lg"
          component="section"
          aria-labelledby="limits-heading"
        >
          <Title order={2} size="h3" id="limits-heading" mb="sm">
            Limits
          </Title>
          <Group align="flex-start" gap="md" wrap="wrap">
            <NumberInput
              label="Buffer between interviews (minutes)"
              min={0}
              max={240}
              step={5}
              allowDecimal={false}
              w={260}
              value={draft.bufferMinutes}
              error={errors['bufferMinutes']}
              onChange={(value) => change('bufferMinutes', value)}
            />
            <NumberInput
              label="Interviews per day at most"
              description="Empty: no limit"
              min={0}
              allowDecimal={false}
              w={220}
              value={draft.dailyCap}
              error={errors['dailyCap']}
              onChange={(value) => change('dailyCap', value)}
            />
            <NumberInput
              label="Interviews per week at most"
              description="Empty: no limit"
              min={0}
              allowDecimal={false}
              w={220}
              value={draft.weeklyCap}
              error={errors['weeklyCap']}
              onChange={(value) => change('weeklyCap', value)}
            />
          </Group>
        </Paper>

        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <Paper
              withBorder
              radius="md"
              p="lg"
              component="section"
              aria-labelledby="overrides-heading"
              h="100%"
            >
              <Title order={2} size="h3" id="overrides-heading">
                Date overrides
              </Title>
              <Text size="sm" c="dimmed" mb="sm">
                Other hours on a given date, or unavailable that day.
              </Text>
              <DateOverridesEditor
                overrides={draft.overrides}
                errors={errors}
                onChange={(overrides) => change('overrides', overrides)}
              />
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <Paper
              withBorder
              radius="md"
              p="lg"
              component="section"
              aria-labelledby="time-off-heading"
              h="100%"
            >
              <Title order={2} size="h3" id="time-off-heading">
                Time off
              </Title>
              <Text size="sm" c="dimmed" mb="sm">
                Days you cannot interview at all, first and last day included.
              </Text>
              <TimeOffEditor
                timeOff={draft.timeOff}
                timeZone={draft.timeZone}
                errors={errors}
                onChange={(timeOff) => change('timeOff', timeOff)}
              />
            </Paper>
          </Grid.Col>
        </Grid>

        <Group gap="sm">
          <Button type="submit" loading={isSaving}>
            Save availability
          </Button>
          {isDirty ? (
            <Badge color="yellow" variant="light">
              Unsaved changes
            </Badge>
          ) : (
            <Text size="sm" c="dimmed" role="status">
              {version === 0 ? 'Not saved yet' : 'All changes saved'}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}
