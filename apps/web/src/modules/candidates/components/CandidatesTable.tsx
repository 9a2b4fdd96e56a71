import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';

import type { Candidate } from '@web/modules/candidates/hooks/useCandidates';
import { formatDate } from '@web/modules/shared/utils/formatDate';

export type CandidatesTableProps = {
  candidates: Candidate[];
  timeZone: string;
};

export function CandidatesTable({
  candidates,
  timeZone,
}: CandidatesTableProps) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table
        verticalSpacing="sm"
        striped
        highlightOnHover
        aria-label="Candidates"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Email</Table.Th>
            <Table.Th scope="col">Target role</Table.Th>
            <Table.Th scope="col">Added</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {candidates.map((candidate) => (
            <Table.Tr key={candidate.id} data-testid="candidate-row">
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/candidates/${candidate.id}`}
                  fw={500}
                  size="sm"
                >
                  {candidate.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{candidate.email ?? '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{candidate.targetRole ?? '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {formatDate(candidate.createdAt, timeZone)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
