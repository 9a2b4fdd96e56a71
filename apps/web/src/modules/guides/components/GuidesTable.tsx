import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';

import type { GuideListItem } from '@web/modules/guides/hooks/useGuides';
import { formatDate } from '@web/modules/shared/utils/formatDate';

export type GuidesTableProps = {
  guides: GuideListItem[];
  timeZone: string;
};

const SHOWN_TAGS = 4;

export function GuidesTable({ guides, timeZone }: GuidesTableProps) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" highlightOnHover aria-label="Guides">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Guide</Table.Th>
            <Table.Th scope="col">Category</Table.Th>
            <Table.Th scope="col">Vertical</Table.Th>
            <Table.Th scope="col">Tags</Table.Th>
            <Table.Th scope="col" ta="right">
              Questions
            </Table.Th>
            <Table.Th scope="col">Imported</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {guides.map((guide) => {
            const hiddenTags = guide.tags.length - SHOWN_TAGS;

            return (
              <Table.Tr key={guide.id} data-testid="guide-row">
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`/guides/${guide.id}`}
                    fw={600}
                    size="sm"
                  >
                    {guide.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {guide.slug}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{guide.category ?? '–'}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{guide.vertical ?? '–'}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {guide.tags.slice(0, SHOWN_TAGS).map((tag) => (
                      <Badge
                        key={tag}
                        variant="light"
                        color="gray"
                        tt="none"
                        radius="sm"
                      >
                        {tag}
                      </Badge>
                    ))}
                    {hiddenTags > 0 ? (
                      <Text
                        size="xs"
                        c="dimmed"
                        title={guide.tags.slice(SHOWN_TAGS).join(', ')}
                      >
                        +{hiddenTags} more
                      </Text>
                    ) : null}
                  </Group>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm">{guide.questionCount}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {formatDate(guide.importedAt, timeZone)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
