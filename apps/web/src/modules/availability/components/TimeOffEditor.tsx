import {
  Button,
  CloseButton,
  Group,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';

import type {
  FieldErrors,
  TimeOffDraft,
} from '@web/modules/availability/utils/availabilityDraft';
import { formatDateTime } from '@web/modules/shared/utils/formatDate';

export type TimeOffEditorProps = {
  timeOff: TimeOffDraft[];
  timeZone: string;
  errors: FieldErrors;
  onChange: (timeOff: TimeOffDraft[]) => void;
};

/** Whole days away (first and last day included); exact intervals are listed as stored. */
export function TimeOffEditor({
  timeOff,
  timeZone,
  errors,
  onChange,
}: TimeOffEditorProps) {
  const update = (index: number, next: TimeOffDraft | null) =>
    onChange(
      next === null
        ? timeOff.filter((_, i) => i !== index)
        : timeOff.map((off, i) => (i === index ? next : off)),
    );

  return (
    <Stack gap="sm">
      {timeOff.length === 0 ? (
        <Text size="sm" c="dimmed">
          No time off planned.
        </Text>
      ) : null}
      {timeOff.map((off, index) => {
        const name = `Time off ${index + 1}`;
        const rowError = errors[`timeOff[${index}]`];
        if (off.kind === 'interval') {
          return (
            <Group key={index} gap="xs" wrap="nowrap">
              <Text size="sm">
                {off.start ? formatDateTime(off.start, timeZone) : '?'} –{' '}
                {off.end ? formatDateTime(off.end, timeZone) : '?'}
                {off.note ? ` · ${off.note}` : ''}
              </Text>
              {rowError ? (
                <Text size="sm" c="red.9">
                  {rowError}
                </Text>
              ) : null}
              <CloseButton
                aria-label={`Remove ${name}`}
                onClick={() => update(index, null)}
              />
            </Group>
          );
        }

        return (
          <Group key={index} gap="xs" align="flex-start" wrap="wrap">
            <TextInput
              type="date"
              label="First day"
              aria-label={`${name} first day`}
              size="xs"
              value={off.startDate}
              error={errors[`timeOff[${index}].startDate`] ?? rowError}
              onChange={(event) =>
                update(index, { ...off, startDate: event.currentTarget.value })
              }
            />
            <TextInput
              type="date"
              label="Last day"
              aria-label={`${name} last day`}
              size="xs"
              value={off.endDate}
              error={errors[`timeOff[${index}].endDate`]}
              onChange={(event) =>
                update(index, { ...off, endDate: event.currentTarget.value })
              }
            />
            <TextInput
              label="Note"
              aria-label={`${name} note`}
              size="xs"
              value={off.note}
              placeholder="Optional"
              onChange={(event) =>
                update(index, { ...off, note: event.currentTarget.value })
              }
            />
            <CloseButton
              mt={22}
              aria-label={`Remove ${name}`}
              onClick={() => update(index, null)}
            />
          </Group>
        );
      })}
      <Button
        variant="default"
        size="xs"
        w="fit-content"
        onClick={() =>
          onChange([
            ...timeOff,
            {
              kind: 'dates',
              startDate: '',
              endDate: '',
              start: null,
              end: null,
              note: '',
            },
          ])
        }
      >
        Add time off
      </Button>
    </Stack>
  );
}
