import {
  Badge,
  Button,
  Group,
  List,
  Modal,
  Stack,
  Table,
  Text,
} from '@mantine/core';

import {
  competencyDifferences,
  type CompetencyDifference,
  type RubricDraft,
} from '@web/modules/rubrics/utils/rubricDraft';

export type RubricConflictModalProps = {
  theirs: RubricDraft;
  theirsVersion: number;
  mine: RubricDraft;
  kindLabel: (kind: string | null) => string;
  isSaving?: boolean;
  onReloadTheirs: () => void;
  onOverwriteWithMine: () => void;
  onClose: () => void;
};

const CHANGED_BACKGROUND = 'var(--mantine-color-yellow-0)';

/** After a CONFLICT: what differs, and reload theirs or overwrite with mine. */
export function RubricConflictModal({
  theirs,
  theirsVersion,
  mine,
  kindLabel,
  isSaving = false,
  onReloadTheirs,
  onOverwriteWithMine,
  onClose,
}: RubricConflictModalProps) {
  const rows = [
    { label: 'Name', theirs: theirs.name, mine: mine.name },
    {
      label: 'Description',
      theirs: theirs.description,
      mine: mine.description,
    },
    {
      label: 'Default for kind',
      theirs: kindLabel(theirs.defaultForKind),
      mine: kindLabel(mine.defaultForKind),
    },
  ];

  return (
    <Modal
      opened
      onClose={onClose}
      title="Someone else saved this rubric while you were editing"
      size="xl"
      centered
      closeButtonProps={{ 'aria-label': 'Keep editing without choosing' }}
    >
      <Stack gap="md">
        <Text size="sm">
          Version {theirsVersion} is now the latest. Reload it to discard your
          changes, or overwrite it with yours (as a new version; scorecards keep
          the version they were scored with).
        </Text>
        <Table
          withTableBorder
          withColumnBorders
          layout="fixed"
          aria-label="Rubric, theirs and yours"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w="22%">
                Field
              </Table.Th>
              <Table.Th scope="col">Theirs (version {theirsVersion})</Table.Th>
              <Table.Th scope="col">Yours (unsaved)</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => {
              const isDifferent = row.theirs.trim() !== row.mine.trim();

              return (
                <Table.Tr
                  key={row.label}
                  style={
                    isDifferent ? { background: CHANGED_BACKGROUND } : undefined
                  }
                >
                  <Table.Th scope="row">
                    {row.label}
                    {isDifferent ? (
                      <Badge size="xs" color="yellow" variant="light" ml={6}>
                        Differs
                      </Badge>
                    ) : null}
                  </Table.Th>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    {row.theirs || '—'}
                  </Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    {row.mine || '—'}
                  </Table.Td>
                </Table.Tr>
              );
            })}
            <Table.Tr>
              <Table.Th scope="row">Competencies</Table.Th>
              <Table.Td>
                <CompetencyList
                  items={competencyDifferences(theirs, mine, 'Only in theirs')}
                />
              </Table.Td>
              <Table.Td>
                <CompetencyList
                  items={competencyDifferences(mine, theirs, 'Only in yours')}
                />
              </Table.Td>
            </Table.Tr>
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

function CompetencyList({ items }: { items: CompetencyDifference[] }) {
  return (
    <List type="ordered" size="sm" spacing={2}>
      {items.map((item, index) => (
        <List.Item key={`${item.name}-${index}`}>
          {item.name}
          {item.change ? (
            <Badge size="xs" color="yellow" variant="light" ml={6}>
              {item.change}
            </Badge>
          ) : null}
        </List.Item>
      ))}
    </List>
  );
}
