import {
  Button,
  CloseButton,
  Group,
  Paper,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';

import {
  DEFAULT_WINDOW,
  type DateOverrideDraft,
  type FieldErrors,
  nextWindowFor,
} from '@web/modules/availability/utils/availabilityDraft';

import { TimeWindowFields } from './TimeWindowFields';

export type DateOverridesEditorProps = {
  overrides: DateOverrideDraft[];
  errors: FieldErrors;
  onChange: (overrides: DateOverrideDraft[]) => void;
};

/** Dates that replace the weekly hours: other windows, or unavailable all day. */
export function DateOverridesEditor({
  overrides,
  errors,
  onChange,
}: DateOverridesEditorProps) {
  const update = (index: number, next: DateOverrideDraft | null) =>
    onChange(
      next === null
        ? overrides.filter((_, i) => i !== index)
        : overrides.map((override, i) => (i === index ? next : override)),
    );

  return (
    <Stack gap="sm">
      {overrides.length === 0 ? (
        <Text size="sm" c="dimmed">
          No date overrides: every date follows the weekly hours.
        </Text>
      ) : null}
      {overrides.map((override, index) => {
        const name = `Override ${index + 1}`;
        const isUnavailable = override.windows.length === 0;

        return (
          <Paper
            key={index}
            withBorder
            p="sm"
            radius="sm"
            component="fieldset"
            aria-label={name}
            m={0}
          >
            <Group align="flex-start" justify="space-between" wrap="nowrap">
              <Stack gap="xs">
                <Group align="flex-end" gap="md">
                  <TextInput
                    type="date"
                    label="Date"
                    aria-label={`${name} date`}
                    size="xs"
                    value={override.date}
                    error={errors[`overrides[${index}].date`]}
                    onChange={(event) =>
                      update(index, {
                        ...override,
                        date: event.currentTarget.value,
                      })
                    }
                  />
                  <Switch
                    label="Unavailable all day"
                    aria-label={`${name} unavailable all day`}
                    checked={isUnavailable}
                    onChange={(event) =>
                      update(index, {
                        ...override,
                        windows: event.currentTarget.checked
                          ? []
                          : [{ ...DEFAULT_WINDOW }],
                      })
                    }
                    mb={6}
                  />
                </Group>
                {override.windows.map((window, windowIndex) => (
                  <TimeWindowFields
                    key={windowIndex}
                    name={`${name} window ${windowIndex + 1}`}
                    start={window.start}
                    end={window.end}
                    startError={
                      errors[
                        `overrides[${index}].windows[${windowIndex}].start`
                      ]
                    }
                    endError={
                      errors[`overrides[${index}].windows[${windowIndex}].end`]
                    }
                    error={
                      errors[`overrides[${index}].windows[${windowIndex}]`]
                    }
                    onChange={(next) =>
                      update(index, {
                        ...override,
                        windows: override.windows.map((w, i) =>
                          i === windowIndex ? next : w,
                        ),
                      })
                    }
                    onRemove={() =>
                      update(index, {
                        ...override,
                        windows: override.windows.filter(
                          (_, i) => i !== windowIndex,
                        ),
                      })
                    }
                  />
                ))}
                {isUnavailable ? null : (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    w="fit-content"
                    aria-label={`Add ${name} window`}
                    onClick={() =>
                      update(index, {
                        ...override,
                        windows: [
                          ...override.windows,
                          nextWindowFor(override.windows),
                        ],
                      })
                    }
                  >
                    Add window
                  </Button>
                )}
              </Stack>
              <CloseButton
                aria-label={`Remove ${name}`}
                onClick={() => update(index, null)}
              />
            </Group>
          </Paper>
        );
      })}
      <Button
        variant="default"
        size="xs"
        w="fit-content"
        onClick={() =>
          onChange([
            ...overrides,
            { date: '', windows: [{ ...DEFAULT_WINDOW }] },
          ])
        }
      >
        Add date override
      </Button>
    </Stack>
  );
}
