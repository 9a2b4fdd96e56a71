import { useState } from 'react';
import {
  Alert,
  Button,
  Group,
  List,
  Modal,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';

import { useDeleteCandidate } from '@web/modules/candidates/hooks/useDeleteCandidate';
import { toApiError } from '@web/modules/shared/utils/apiError';

const MIN_REASON = 3;
const MAX_REASON = 1000;

export type DeleteCandidateModalProps = {
  candidateId: string;
  candidateName: string;
  isOpen: boolean;
  onClose: () => void;
  onDeleted: () => void;
};

/** Deletes a candidate on request, after saying what goes and what stays. */
export function DeleteCandidateModal({
  candidateId,
  candidateName,
  isOpen,
  onClose,
  onDeleted,
}: DeleteCandidateModalProps) {
  const { deleteCandidate, isDeleting } = useDeleteCandidate();
  const [reason, setReason] = useState('');
  const [typedName, setTypedName] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const isNameConfirmed = typedName.trim() === candidateName.trim();

  const close = () => {
    setReason('');
    setTypedName('');
    setReasonError(null);
    setError(null);
    onClose();
  };

  const submit = async () => {
    if (reason.trim().length < MIN_REASON) {
      setReasonError(
        'Say why the candidate is deleted (kept in the audit log)',
      );

      return;
    }
    setReasonError(null);
    setError(null);
    try {
      await deleteCandidate(candidateId, reason.trim());
      onDeleted();
    } catch (deleteError) {
      const apiError = toApiError(deleteError);
      if (apiError.field === 'reason') {
        setReasonError(apiError.message);
      } else {
        setError(apiError.message);
      }
    }
  };

  return (
    <Modal opened={isOpen} onClose={close} title="Delete candidate" centered>
      <Stack gap="sm">
        <Text size="sm">
          Use this when {candidateName} asks to be forgotten. It cannot be
          undone.
        </Text>
        <List size="sm" spacing={4}>
          <List.Item>
            Their name, email, notes, interview notes, scorecard evidence and
            decision rationales are deleted.
          </List.Item>
          <List.Item>Their upcoming sessions are cancelled.</List.Item>
          <List.Item>
            Ratings stay, without any link to them, so calibration keeps its
            history.
          </List.Item>
        </List>
        <Textarea
          label="Reason"
          description="For example: the candidate asked by email on 3 May. Kept in the audit log."
          required
          autosize
          minRows={2}
          maxLength={MAX_REASON}
          value={reason}
          error={reasonError}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setReasonError(null);
          }}
          data-autofocus
        />
        <TextInput
          label={`Type “${candidateName}” to confirm`}
          value={typedName}
          onChange={(event) => setTypedName(event.currentTarget.value)}
          autoComplete="off"
        />
        {error ? (
          <Alert color="red" role="alert" title="Could not delete">
            {error}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Keep the candidate
          </Button>
          <Button
            color="red"
            loading={isDeleting}
            disabled={!isNameConfirmed}
            onClick={() => void submit()}
          >
            Delete for good
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
