import { List, Text } from '@mantine/core';

import { InlineMarkdown } from './InlineMarkdown';
import { RichText } from './RichText';

export type FollowUp = { text: string; response: string | null };

export type FollowUpListProps = { followUps: readonly FollowUp[] };

/** The follow-up points an interviewer can raise, with the model response when the guide has one. */
export function FollowUpList({ followUps }: FollowUpListProps) {
  if (followUps.length === 0) {
    return <Text c="dimmed">The guide lists no follow-up points.</Text>;
  }

  return (
    <List spacing="sm" withPadding>
      {followUps.map((followUp, index) => (
        <List.Item key={index}>
          <InlineMarkdown text={followUp.text} />
          {followUp.response ? (
            <Text component="div" size="sm" c="dimmed" mt={4}>
              <Text span fw={600} size="sm" c="dimmed">
                Response:
              </Text>{' '}
              <RichText text={followUp.response} />
            </Text>
          ) : null}
        </List.Item>
      ))}
    </List>
  );
}
