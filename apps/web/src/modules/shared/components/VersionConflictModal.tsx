import type { ReactNode } from 'react';
import { Button, Group, Modal, type ModalProps, Stack } from '@mantine/core';

/** The background of what differs between their version and mine. */
export const CONFLICT_DIFFERS_BACKGROUND = 'var(--mantine-color-yellow-0)';

export type VersionConflictModalProps = {
  /** Names the dialog, e.g. "Someone else saved this kit while you were editing". */
  title: string;
  /** The explanation and the comparison of the two versions. */
  children: ReactNode;
  isOpen?: boolean;
  size?: ModalProps['size'];
  keepTheirsLabel?: string;
  saveMineLabel?: string;
  /** Saving mine over theirs: that button spins, the other is off. */
  isSaving?: boolean;
  onKeepTheirs: () => void;
  onSaveMine: () => void;
  /** Closes without choosing: the edit stays on screen, unsaved. */
  onClose: () => void;
  'data-testid'?: string;
};

/**
 * After a save answered CONFLICT (optimistic locking): their version next to
 * mine, then keep theirs (discarding mine) or save mine over theirs.
 */
export function VersionConflictModal({
  title,
  children,
  isOpen = true,
  size = 'xl',
  keepTheirsLabel = 'Reload theirs (discard mine)',
  saveMineLabel = 'Overwrite with mine',
  isSaving = false,
  onKeepTheirs,
  onSaveMine,
  onClose,
  'data-testid': testId,
}: VersionConflictModalProps) {
  return (
    <Modal
      opened={isOpen}
      onClose={onClose}
      title={title}
      size={size}
      centered
      closeButtonProps={{ 'aria-label': 'Keep editing without choosing' }}
    >
      <Stack gap="md" data-testid={testId}>
        {children}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onKeepTheirs} disabled={isSaving}>
            {keepTheirsLabel}
          </Button>
          <Button onClick={onSaveMine} loading={isSaving}>
            {saveMineLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
