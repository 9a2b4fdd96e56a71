import { Badge, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';

import {
  CANDIDATE_FIELD_LABELS,
  type CandidateDraft,
  type CandidateDraftField,
  differingCandidateFields,
} from '@web/modules/candidates/utils/candidateDraft';

export type CandidateConflictModalProps = {
  theirs: CandidateDraft;
  theirsVersion: number;
  mine: CandidateDraft;
  isSaving?: boolean;
  onReloadTheirs: () => void;
  onOverwriteWithMine: () => void;
  onClose: () => void;
};

const CHANGED_BACKGROUND = 'var(--mantine-color-yellow-0)';

/** After a CONFLICT: both versions field by field, then reload theirs or overwrite with mine. */
export function CandidateConflictModal({
  theirs,
  theirsVersion,
  mine,
  isSaving = false,
  onReloadTheirs,
  onOverwriteWithMine,
  onClose,
}: CandidateConflictModalProps) {
  const differing = new Set(differingCandidateFields(theirs, mine));
  const fields = Object.keys(CANDIDATE_FIELD_LABELS) as CandidateDraftField[];

  return (
    <Modal
      opened
      onClose={onClose}
      title="Someone else saved this candidate while you were editing"
      size="xl"
      centered
      closeButtonProps={{ 'aria-label': 'Keep editing without choosing' }}
    >
      <Stack gap="md">
        <Text size="sm">
          Reload their version to discard your changes, or overwrite it with
          yours.
        </Text>
        <Table
          withTableBorder
          withColumnBorders
          layout="fixed"
          aria-label="Candidate, theirs and yours"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w="20%">
                Field
              </Table.Th>
              <Table.Th scope="col">Theirs (version {theirsVersion})</Table.Th>
              <Table.Th scope="col">Yours (unsaved)</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fields.map((field) => {
              const isDifferent = differing.has(field);

              return (
                <Table.Tr
                  key={field}
                  style={
                    isDifferent ? { background: CHANGED_BACKGROUND } : undefined
                  }
                >
                  <Table.Th scope="row">
                    {CANDIDATE_FIELD_LABELS[field]}
                    {isDifferent ? (
                      <Badge size="xs" color="yellow" variant="light" ml={6}>
                        Differs
                      </Badge>
                    ) : null}
                  </Table.Th>
                  <Table.Td
                    style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                  >
                    {theirs[field] || '—'}
                  </Table.Td>
                  <Table.Td
                    style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                  >
                    {mine[field] || '—'}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <Group justify="flex-end" gap="sm">
          <Button
            variant="default"
            onClick={onReloadTheirs}
            disabled={isSaving}
          >
            Reload theirs (discard mine)
          </Button>
          <Button onClick={onOverwriteWithMine} loading={isSaving}>
            Overwrite with mine
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
