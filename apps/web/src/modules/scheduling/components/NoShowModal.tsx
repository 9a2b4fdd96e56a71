import { useState } from 'react';
import {
  Alert,
  Button,
  Group,
  Modal,
  Radio,
  Select,
  Stack,
  Textarea,
} from '@mantine/core';

import type { SessionDetail } from '@web/modules/scheduling/hooks/useSession';
import { useSessionActions } from '@web/modules/scheduling/hooks/useSessionActions';
import { toApiError } from '@web/modules/shared/utils/apiError';

export type NoShowModalProps = {
  session: SessionDetail;
  isOpen: boolean;
  onClose: () => void;
};

type Party = 'CANDIDATE' | 'INTERVIEWER';

export function NoShowModal({ session, isOpen, onClose }: NoShowModalProps) {
  const { markNoShow, isMarkingNoShow } = useSessionActions();
  const [party, setParty] = useState<Party>('CANDIDATE');
  const [userId, setUserId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [userError, setUserError] = useState<string | null>(null);

  const submit = async () => {
    if (party === 'INTERVIEWER' && !userId) {
      setUserError('Choose the interviewer who did not show');

      return;
    }
    setUserError(null);
    try {
      await markNoShow({
        sessionId: session.id,
        party,
        ...(party === 'INTERVIEWER' && userId ? { userId } : {}),
        reason: reason.trim(),
      });
      onClose();
    } catch (markError) {
      setError(toApiError(markError).message);
    }
  };

  return (
    <Modal opened={isOpen} onClose={onClose} title="Mark no-show" centered>
      <Stack gap="sm">
        <Radio.Group
          label="Who did not show?"
          value={party}
          onChange={(value) =>
            setParty(value === 'INTERVIEWER' ? 'INTERVIEWER' : 'CANDIDATE')
          }
        >
          <Group mt={6}>
            <Radio
              value="CANDIDATE"
              label={`The candidate (${session.candidate.name})`}
            />
            <Radio value="INTERVIEWER" label="An interviewer" />
          </Group>
        </Radio.Group>
        {party === 'INTERVIEWER' ? (
          <Select
            label="Interviewer"
            data={session.panel.map((panelist) => ({
              value: panelist.user.id,
              label: panelist.user.name,
            }))}
            value={userId}
            onChange={setUserId}
            error={userError}
          />
        ) : null}
        <Textarea
          label="Note"
          description="Optional"
          autosize
          minRows={2}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        {error ? (
          <Alert color="red" role="alert" title="Could not mark the no-show">
            {error}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Close
          </Button>
          <Button
            color="orange"
            loading={isMarkingNoShow}
            onClick={() => void submit()}
          >
            Mark no-show
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
