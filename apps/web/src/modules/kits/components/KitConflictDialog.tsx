import {
  Badge,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';

import {
  compareKits,
  type KitItemComparison,
  type KitSnapshot,
} from '@web/modules/kits/utils/compareKits';
import { formatMinutes } from '@web/modules/kits/utils/kitDraft';
import {
  CONFLICT_DIFFERS_BACKGROUND,
  VersionConflictModal,
} from '@web/modules/shared/components/VersionConflictModal';

export type KitConflictDialogProps = {
  isOpen: boolean;
  /** The version saved by someone else. */
  theirs: KitSnapshot;
  /** The unsaved edit. */
  mine: KitSnapshot;
  isSaving?: boolean;
  onKeepTheirs: () => void;
  onSaveMine: () => void;
  /** Closes without choosing: the edit stays on screen, unsaved. */
  onClose: () => void;
};

/** Theirs next to mine after a CONFLICT, differences marked, and the two ways out. */
export function KitConflictDialog({
  isOpen,
  theirs,
  mine,
  isSaving = false,
  onKeepTheirs,
  onSaveMine,
  onClose,
}: KitConflictDialogProps) {
  const comparison = compareKits(theirs, mine);
  const theirsTitle = `Their version${theirs.version === null ? '' : ` (version ${theirs.version})`}`;

  return (
    <VersionConflictModal
      isOpen={isOpen}
      title="Someone else saved this kit while you were editing"
      size="80rem"
      keepTheirsLabel="Keep theirs (discard mine)"
      saveMineLabel="Save mine over theirs"
      isSaving={isSaving}
      onKeepTheirs={onKeepTheirs}
      onSaveMine={onSaveMine}
      onClose={onClose}
      data-testid="kit-conflict-dialog"
    >
      <Text size="sm">
        Compare the two versions. Keep theirs to discard your changes, or save
        yours to replace theirs. Differences are marked{' '}
        <Badge size="sm" color="yellow" variant="light" component="span">
          Differs
        </Badge>
        .
      </Text>

      <Table
        withTableBorder
        withColumnBorders
        aria-label="Kit details, theirs and yours"
        layout="fixed"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w="16%">
              Field
            </Table.Th>
            <Table.Th scope="col">{theirsTitle}</Table.Th>
            <Table.Th scope="col">Your version (unsaved)</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {comparison.fields.map((field) => (
            <Table.Tr
              key={field.key}
              data-differs={field.isDifferent || undefined}
              style={
                field.isDifferent
                  ? { background: CONFLICT_DIFFERS_BACKGROUND }
                  : undefined
              }
            >
              <Table.Th scope="row">
                <Stack gap={2} align="flex-start">
                  <span>{field.label}</span>
                  {field.isDifferent ? (
                    <Badge size="xs" color="yellow" variant="light">
                      Differs
                    </Badge>
                  ) : null}
                </Stack>
              </Table.Th>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>
                <FieldValue value={field.theirs} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>
                <FieldValue value={field.mine} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <ItemsColumn
          title={`Questions in ${theirsTitle.toLowerCase()}`}
          otherLabel="yours"
          items={comparison.theirsItems}
          total={comparison.theirsTotal}
        />
        <ItemsColumn
          title="Questions in your version"
          otherLabel="theirs"
          items={comparison.mineItems}
          total={comparison.mineTotal}
        />
      </SimpleGrid>

      {comparison.hasDifferences ? null : (
        <Text size="sm" c="dimmed">
          Both versions are the same; saving yours changes nothing but the
          version number.
        </Text>
      )}
    </VersionConflictModal>
  );
}

function FieldValue({ value }: { value: string }) {
  return value.trim() ? (
    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
      {value}
    </Text>
  ) : (
    <Text size="sm" c="dimmed" fs="italic">
      (empty)
    </Text>
  );
}

type ItemsColumnProps = {
  title: string;
  /** "yours" or "theirs", for the marks. */
  otherLabel: string;
  items: KitItemComparison[];
  total: number;
};

function ItemsColumn({ title, otherLabel, items, total }: ItemsColumnProps) {
  return (
    <Paper withBorder p="sm" component="section" aria-label={title}>
      <Group justify="space-between" mb="xs" wrap="nowrap" align="baseline">
        <Title order={3} size="h5">
          {title}
        </Title>
        <Text size="sm" fw={600}>
          {items.length} {items.length === 1 ? 'question' : 'questions'} ·{' '}
          {formatMinutes(total)}
        </Text>
      </Group>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          No questions.
        </Text>
      ) : (
        <Stack component="ol" gap={4} m={0} p={0} style={{ listStyle: 'none' }}>
          {items.map((item) => {
            const isDifferent =
              item.isOnlyHere || item.isMoved || item.otherMinutes !== null;

            return (
              <li
                key={item.questionId}
                data-testid="conflict-item"
                data-differs={isDifferent || undefined}
                style={{
                  padding: '4px 8px',
                  borderRadius: 'var(--mantine-radius-sm)',
                  background: isDifferent
                    ? CONFLICT_DIFFERS_BACKGROUND
                    : undefined,
                }}
              >
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Text size="sm" fw={600} w={24} ta="right">
                    {item.position}.
                  </Text>
                  <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                    <Text size="sm" lineClamp={2}>
                      {item.prompt}
                    </Text>
                    <Group gap={4}>
                      {item.isOnlyHere ? (
                        <Badge size="xs" color="yellow" variant="light">
                          Not in {otherLabel}
                        </Badge>
                      ) : null}
                      {item.isMoved ? (
                        <Badge size="xs" color="yellow" variant="light">
                          Order differs
                        </Badge>
                      ) : null}
                      {item.otherMinutes !== null ? (
                        <Badge size="xs" color="yellow" variant="light">
                          {otherLabel === 'yours' ? 'Yours' : 'Theirs'}:{' '}
                          {item.otherMinutes} min
                        </Badge>
                      ) : null}
                    </Group>
                  </Stack>
                  <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
                    {item.plannedMinutes} min
                  </Text>
                </Group>
              </li>
            );
          })}
        </Stack>
      )}
    </Paper>
  );
}
