import type { ReactNode } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';

export type AutosaveConflictAlertProps = {
  title: string;
  message: string;
  /** The button that drops mine for the stored version. */
  takeLabel: string;
  /** False when the stored version could not be read. */
  canTake: boolean;
  onKeepMine: () => void;
  onTake: () => void;
  /** Shown between the message and the buttons (both versions, say). */
  children?: ReactNode;
};

/** A save met a newer stored version: the user chooses; nothing is overwritten silently. */
export function AutosaveConflictAlert({
  title,
  message,
  takeLabel,
  canTake,
  onKeepMine,
  onTake,
  children,
}: AutosaveConflictAlertProps) {
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      <Stack gap="sm">
        <Text size="sm">{message}</Text>
        {children}
        <Group gap="sm">
          <Button size="xs" onClick={onKeepMine}>
            Keep mine
          </Button>
          <Button
            size="xs"
            variant="default"
            disabled={!canTake}
            onClick={onTake}
          >
            {takeLabel}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
