import type { ReactNode } from 'react';
import {
  Badge,
  Button,
  Group,
  type MantineShadow,
  Paper,
  Text,
} from '@mantine/core';

export type SaveBarProps = {
  /** The submit button's text, e.g. "Save changes" or "Create kit". */
  submitLabel: string;
  /** The saved version the edit started from; null before the first save. */
  version: number | null;
  /** Shows "Unsaved changes". */
  isDirty: boolean;
  /** A save is running: the button spins. */
  isSaving: boolean;
  /** The button is off, e.g. while a version conflict is being resolved. */
  isDisabled?: boolean;
  /** Shown before the version, e.g. a count or a total. */
  summary?: ReactNode;
  /**
   * `panel`: a bordered bar, status on the left and the button on the right.
   * `inline`: status and button together at the end of the form.
   */
  variant?: 'panel' | 'inline';
  /** The panel's shadow. */
  shadow?: MantineShadow;
};

/** The foot of an editor: what is shown (version, unsaved changes) and the submit button. */
export function SaveBar({
  submitLabel,
  version,
  isDirty,
  isSaving,
  isDisabled = false,
  summary,
  variant = 'panel',
  shadow,
}: SaveBarProps) {
  const status = (
    <>
      {summary}
      {version === null ? null : (
        <Text size="sm" c="dimmed">
          Version {version}
        </Text>
      )}
      {isDirty ? (
        <Badge color="yellow" variant="light">
          Unsaved changes
        </Badge>
      ) : null}
    </>
  );
  const button = (
    <Button type="submit" loading={isSaving} disabled={isDisabled}>
      {submitLabel}
    </Button>
  );

  if (variant === 'inline') {
    return (
      <Group justify="flex-end" gap="sm">
        {status}
        {button}
      </Group>
    );
  }

  return (
    <Paper withBorder p="sm" shadow={shadow}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="sm">{status}</Group>
        {button}
      </Group>
    </Paper>
  );
}
