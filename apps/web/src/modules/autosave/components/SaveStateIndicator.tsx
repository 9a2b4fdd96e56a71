import { Badge, Button, Group, Text } from '@mantine/core';

import type { AutosaveStatus } from '@web/modules/autosave/utils/autosaveQueue';
import { saveStateLabel } from '@web/modules/autosave/utils/saveStateLabel';

export type SaveStateIndicatorProps = {
  /** The viewer's profile zone: every time shown is in it. */
  timeZone: string;
  status: AutosaveStatus;
  savedAt: string | null;
  error: string | null;
  /** What is being saved, for screen readers: "Notes on Q2". */
  subject: string;
  onRetry: () => void;
};

/** "Saving…", "Saved 12:03", "Offline – will retry", "Conflict": one note's save state. */
export function SaveStateIndicator({
  timeZone,
  status,
  savedAt,
  error,
  subject,
  onRetry,
}: SaveStateIndicatorProps) {
  const label = saveStateLabel(status, savedAt, error, timeZone);
  const isProblem =
    status === 'offline' || status === 'conflict' || status === 'failed';

  return (
    <Group gap="xs" wrap="nowrap" justify="flex-end">
      <div
        role="status"
        aria-live="polite"
        aria-label={`${subject}: save state`}
      >
        {isProblem ? (
          <Badge
            color={status === 'offline' ? 'orange' : 'red'}
            variant="light"
            data-save-state={status}
          >
            {label}
          </Badge>
        ) : (
          <Text size="xs" c="dimmed" data-save-state={status}>
            {label}
          </Text>
        )}
      </div>
      {status === 'offline' || status === 'failed' ? (
        <Button size="compact-xs" variant="subtle" onClick={onRetry}>
          Retry now
        </Button>
      ) : null}
    </Group>
  );
}
