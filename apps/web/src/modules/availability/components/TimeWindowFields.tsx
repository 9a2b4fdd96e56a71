import { CloseButton, Group, TextInput } from '@mantine/core';

export type TimeWindowFieldsProps = {
  /** Names the window in labels, e.g. "Monday window 2". */
  name: string;
  start: string;
  end: string;
  startError?: string;
  endError?: string;
  error?: string;
  onChange: (window: { start: string; end: string }) => void;
  onRemove: () => void;
};

/** One local HH:MM–HH:MM window, typed; 24:00 ends a window at midnight. */
export function TimeWindowFields({
  name,
  start,
  end,
  startError,
  endError,
  error,
  onChange,
  onRemove,
}: TimeWindowFieldsProps) {
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap">
      <TextInput
        label="From"
        aria-label={`${name} from`}
        placeholder="HH:MM"
        size="xs"
        w={88}
        value={start}
        error={startError ?? error}
        onChange={(event) =>
          onChange({ start: event.currentTarget.value, end })
        }
      />
      <TextInput
        label="To"
        aria-label={`${name} to`}
        placeholder="HH:MM"
        size="xs"
        w={88}
        value={end}
        error={endError}
        onChange={(event) =>
          onChange({ start, end: event.currentTarget.value })
        }
      />
      <CloseButton
        mt={22}
        size="sm"
        aria-label={`Remove ${name}`}
        onClick={onRemove}
      />
    </Group>
  );
}
