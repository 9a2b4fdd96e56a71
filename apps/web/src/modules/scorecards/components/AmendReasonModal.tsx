import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';

export type AmendReasonModalProps = {
  isOpen: boolean;
  isSaving: boolean;
  onConfirm: (reason: string) => void;
  onClose: () => void;
};

/** An amendment needs a reason: it stays in the scorecard's history. */
export function AmendReasonModal({
  isOpen,
  isSaving,
  onConfirm,
  onClose,
}: AmendReasonModalProps) {
  const [reason, setReason] = useState('');
  const trimmed = reason.trim();

  return (
    <Modal
      opened={isOpen}
      onClose={onClose}
      title="Why amend this scorecard?"
      centered
    >
      <Stack gap="md">
        <Text size="sm">
          The panel and coordinators see the reason and the previous
          recommendation in the scorecard&apos;s history.
        </Text>
        <Textarea
          label="Reason"
          placeholder="e.g. Re-read my notes: the design answer was stronger than I rated it."
          required
          autosize
          minRows={3}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            onClick={() => onConfirm(trimmed)}
            disabled={!trimmed}
            loading={isSaving}
          >
            Save amendment
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
