import { Badge, List, Table, Text } from '@mantine/core';

import {
  competencyDifferences,
  type CompetencyDifference,
  type RubricDraft,
} from '@web/modules/rubrics/utils/rubricDraft';
import { ConflictFieldTable } from '@web/modules/shared/components/ConflictFieldTable';
import { VersionConflictModal } from '@web/modules/shared/components/VersionConflictModal';

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
  const fields = [
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
  ].map((field) => ({
    ...field,
    key: field.label,
    isDifferent: field.theirs.trim() !== field.mine.trim(),
  }));

  return (
    <VersionConflictModal
      title="Someone else saved this rubric while you were editing"
      isSaving={isSaving}
      onKeepTheirs={onReloadTheirs}
      onSaveMine={onOverwriteWithMine}
      onClose={onClose}
    >
      <Text size="sm">
        Version {theirsVersion} is now the latest. Reload it to discard your
        changes, or overwrite it with yours (as a new version; scorecards keep
        the version they were scored with).
      </Text>
      <ConflictFieldTable
        label="Rubric, theirs and yours"
        theirsVersion={theirsVersion}
        fields={fields}
        fieldColumnWidth="22%"
      >
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
      </ConflictFieldTable>
    </VersionConflictModal>
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
