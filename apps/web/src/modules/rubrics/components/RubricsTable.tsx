import { Anchor, Badge, Table, Text } from '@mantine/core';
import { Link } from 'react-router';

import type { Rubric } from '@web/modules/rubrics/hooks/useRubrics';
import { formatDate } from '@web/modules/shared/utils/formatDate';

export type RubricsTableProps = {
  rubrics: Rubric[];
  kindLabel: (kind: string | null) => string;
  timeZone: string;
};

export function RubricsTable({
  rubrics,
  kindLabel,
  timeZone,
}: RubricsTableProps) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" striped highlightOnHover aria-label="Rubrics">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Default for</Table.Th>
            <Table.Th scope="col" ta="right">
              Version
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Competencies
            </Table.Th>
            <Table.Th scope="col">Updated</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rubrics.map((rubric) => (
            <Table.Tr key={rubric.id} data-testid="rubric-row">
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/rubrics/${rubric.id}`}
                  fw={500}
                  size="sm"
                >
                  {rubric.name}
                </Anchor>
                {rubric.description ? (
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {rubric.description}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                {rubric.defaultForKind ? (
                  <Badge variant="light" color="indigo" tt="none">
                    {rubric.defaultForKindName ??
                      kindLabel(rubric.defaultForKind)}
                  </Badge>
                ) : (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm">{rubric.version}</Text>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm">{rubric.competencies.length}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDate(rubric.updatedAt, timeZone)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
