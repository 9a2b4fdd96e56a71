import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';

import type { Candidate } from '@web/modules/candidates/hooks/useCandidates';
import { formatDate } from '@web/modules/shared/utils/formatDate';

export type MergeCandidatesModalProps = {
  target: Candidate | null;
  sources: Candidate[];
  timeZone: string;
  isMerging: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

function summary(candidate: Candidate, timeZone: string): string {
  return `${candidate.name}${candidate.targetRole ? `, ${candidate.targetRole}` : ''} (added ${formatDate(candidate.createdAt, timeZone)})`;
}

/** Says which record stays and which go before merging; Cancel has the focus. */
export function MergeCandidatesModal({
  target,
  sources,
  timeZone,
  isMerging,
  onConfirm,
  onCancel,
}: MergeCandidatesModalProps) {
  return (
    <Modal
      opened={target !== null}
      onClose={onCancel}
      title={`Merge into ${target?.name ?? 'this record'}?`}
      centered
      closeButtonProps={{ 'aria-label': 'Cancel merge' }}
    >
      {target ? (
        <Stack gap="md">
          <div>
            <Text size="sm" fw={600}>
              Stays
            </Text>
            <Text size="sm">{summary(target, timeZone)}</Text>
          </div>
          <div>
            <Text size="sm" fw={600}>
              Removed after their notes and interviews move to it
            </Text>
            <List size="sm">
              {sources.map((source) => (
                <List.Item key={source.id}>
                  {summary(source, timeZone)}
                </List.Item>
              ))}
            </List>
          </div>
          <Text size="sm">This cannot be undone.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel} data-autofocus>
              Cancel
            </Button>
            <Button color="red" onClick={onConfirm} loading={isMerging}>
              Merge
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
