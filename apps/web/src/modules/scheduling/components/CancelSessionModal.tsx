import { useState } from 'react';
import {
  Alert,
  Button,
  Group,
  Modal,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';

import { useSessionActions } from '@web/modules/scheduling/hooks/useSessionActions';
import { toApiError } from '@web/modules/shared/utils/apiError';

export type CancelSessionModalProps = {
  sessionId: string;
  candidateName: string;
  isOpen: boolean;
  onClose: () => void;
};

export function CancelSessionModal({
  sessionId,
  candidateName,
  isOpen,
  onClose,
}: CancelSessionModalProps) {
  const { cancel, isCancelling } = useSessionActions();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    if (!reason.trim()) {
      setReasonError('Say why the session is cancelled');

      return;
    }
    setReasonError(null);
    try {
      await cancel({ sessionId, reason: reason.trim() });
      onClose();
    } catch (cancelError) {
      setError(toApiError(cancelError).message);
    }
  };

  return (
    <Modal opened={isOpen} onClose={onClose} title="Cancel session" centered>
      <Stack gap="sm">
        <Text size="sm">
          The session with {candidateName} is cancelled for the whole panel, and
          their time is freed. Calendar invitations update.
        </Text>
        <Textarea
          label="Reason"
          required
          autosize
          minRows={2}
          value={reason}
          error={reasonError}
          onChange={(event) => setReason(event.currentTarget.value)}
          data-autofocus
        />
        {error ? (
          <Alert color="red" role="alert" title="Could not cancel">
            {error}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Keep the session
          </Button>
          <Button
            color="red"
            loading={isCancelling}
            onClick={() => void submit()}
          >
            Cancel session
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
