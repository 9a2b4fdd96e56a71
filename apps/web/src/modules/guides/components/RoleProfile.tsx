import {
  List,
  Paper,
  Stack,
  Text,
  Title,
  type TitleOrder,
} from '@mantine/core';

import type { RoleProfileFieldsFragment } from '@web/generated/graphql';
import { InlineMarkdown } from '@web/modules/questions/components/InlineMarkdown';

export type RoleProfileSection = RoleProfileFieldsFragment['sections'][number];

export type RoleProfileProps = {
  sections: readonly RoleProfileSection[];
  headingOrder?: TitleOrder;
};

/** The guide's non-question sections: certifications, education, qualifications, considerations. */
export function RoleProfile({ sections, headingOrder = 3 }: RoleProfileProps) {
  if (sections.length === 0) {
    return <Text c="dimmed">This guide has no role profile sections.</Text>;
  }

  return (
    <Stack gap="md">
      {sections.map((section, index) => (
        <Paper
          key={`${section.title}-${index}`}
          withBorder
          radius="md"
          p="md"
          component="section"
          aria-label={section.title}
        >
          <Title order={headingOrder} size="h4" mb="sm">
            {section.title}
          </Title>
          <Stack gap="sm">
            {section.notes.map((note, noteIndex) => (
              <Text key={noteIndex} size="sm">
                <InlineMarkdown text={note} />
              </Text>
            ))}
            {section.items.length > 0 ? (
              <List spacing="sm" size="sm" withPadding>
                {section.items.map((item, itemIndex) => (
                  <List.Item key={`${item.label}-${itemIndex}`}>
                    <Text span fw={600} size="sm">
                      <InlineMarkdown text={item.label} />
                    </Text>
                    {item.details.length > 0 ? (
                      <List
                        size="sm"
                        spacing={2}
                        withPadding
                        mt={2}
                        listStyleType="circle"
                      >
                        {item.details.map((detail, detailIndex) => (
                          <List.Item key={detailIndex}>
                            <InlineMarkdown text={detail} />
                          </List.Item>
                        ))}
                      </List>
                    ) : null}
                  </List.Item>
                ))}
              </List>
            ) : null}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
