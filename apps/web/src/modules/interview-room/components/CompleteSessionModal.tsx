import { Button, Group, Modal, Stack, Text } from '@mantine/core';

export type CompleteSessionModalProps = {
  isOpen: boolean;
  openQuestions: number;
  isCompleting: boolean;
  onConfirm: () => void;
  onClose: () => void;
};

export function CompleteSessionModal({
  isOpen,
  openQuestions,
  isCompleting,
  onConfirm,
  onClose,
}: CompleteSessionModalProps) {
  return (
    <Modal
      opened={isOpen}
      onClose={onClose}
      title="Complete the interview?"
      centered
    >
      <Stack gap="lg">
        <Text size="sm">
          This ends the interview for the whole panel: questions can no longer
          be marked asked or skipped. Your notes and scorecard stay open.
          {openQuestions > 0
            ? ` ${openQuestions} ${openQuestions === 1 ? 'question was' : 'questions were'} neither asked nor skipped.`
            : ''}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            Keep interviewing
          </Button>
          <Button onClick={onConfirm} loading={isCompleting}>
            Complete session
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
