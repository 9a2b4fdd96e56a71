import { Button, Group, Stack, Text } from '@mantine/core';

import {
  type FieldErrors,
  nextWindowFor,
} from '@web/modules/availability/utils/availabilityDraft';
import {
  sortWindows,
  WEEKDAY_NAMES,
  WEEKDAYS_MONDAY_FIRST,
  type WeeklyWindowDraft,
} from '@web/modules/availability/utils/weekGrid';

import { TimeWindowFields } from './TimeWindowFields';

export type WeeklyWindowListProps = {
  windows: WeeklyWindowDraft[];
  errors: FieldErrors;
  onChange: (windows: WeeklyWindowDraft[]) => void;
};

/** The grid's windows as text, day by day: the precise (and screen-reader friendly) editor. */
export function WeeklyWindowList({
  windows,
  errors,
  onChange,
}: WeeklyWindowListProps) {
  const update = (index: number, next: WeeklyWindowDraft | null) =>
    onChange(
      next === null
        ? windows.filter((_, i) => i !== index)
        : windows.map((window, i) => (i === index ? next : window)),
    );

  return (
    <Stack
      gap="sm"
      component="ul"
      aria-label="Weekly windows"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
    >
      {WEEKDAYS_MONDAY_FIRST.map((weekday) => {
        const dayName = WEEKDAY_NAMES[weekday];
        const dayWindows = windows
          .map((window, index) => ({ window, index }))
          .filter(({ window }) => window.weekday === weekday);

        return (
          <li key={weekday}>
            <Group justify="space-between" align="center" gap="xs">
              <Text fw={600} size="sm">
                {dayName}
              </Text>
              <Button
                size="compact-xs"
                variant="subtle"
                aria-label={`Add ${dayName} window`}
                onClick={() =>
                  onChange(
                    sortWindows([
                      ...windows,
                      {
                        weekday,
                        ...nextWindowFor(
                          dayWindows.map(({ window }) => window),
                        ),
                      },
                    ]),
                  )
                }
              >
                Add window
              </Button>
            </Group>
            {dayWindows.length === 0 ? (
              <Text size="sm" c="dimmed">
                Unavailable
              </Text>
            ) : (
              <Stack gap={4}>
                {dayWindows.map(({ window, index }, position) => (
                  <TimeWindowFields
                    key={index}
                    name={`${dayName} window ${position + 1}`}
                    start={window.start}
                    end={window.end}
                    startError={errors[`weeklyWindows[${index}].start`]}
                    endError={errors[`weeklyWindows[${index}].end`]}
                    error={
                      errors[`weeklyWindows[${index}]`] ??
                      errors[`weeklyWindows[${index}].weekday`]
                    }
                    onChange={({ start, end }) =>
                      update(index, { weekday, start, end })
                    }
                    onRemove={() => update(index, null)}
                  />
                ))}
              </Stack>
            )}
          </li>
        );
      })}
    </Stack>
  );
}
