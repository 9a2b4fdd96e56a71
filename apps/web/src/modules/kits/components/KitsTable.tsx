import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';

import type { KitSummary } from '@web/modules/kits/hooks/useKits';
import { formatMinutes } from '@web/modules/kits/utils/kitDraft';
import { formatDate } from '@web/modules/shared/utils/formatDate';

export type KitsTableProps = {
  kits: KitSummary[];
  timeZone: string;
};

export function KitsTable({ kits, timeZone }: KitsTableProps) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table
        verticalSpacing="sm"
        striped
        highlightOnHover
        aria-label="Interview kits"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Target role</Table.Th>
            <Table.Th scope="col">Rubric</Table.Th>
            <Table.Th scope="col" ta="right">
              Questions
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Total time
            </Table.Th>
            <Table.Th scope="col">Updated</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {kits.map((kit) => (
            <Table.Tr key={kit.id} data-testid="kit-row">
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/kits/${kit.id}`}
                  fw={500}
                  size="sm"
                >
                  {kit.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{kit.targetRole}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{kit.rubric.name}</Text>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm">{kit.items.length}</Text>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm">{formatMinutes(kit.totalMinutes)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDate(kit.updatedAt, timeZone)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
