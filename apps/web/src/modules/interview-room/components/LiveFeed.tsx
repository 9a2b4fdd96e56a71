import { Group, Stack, Text, Title } from '@mantine/core';

import { formatClockTime } from '@web/modules/shared/utils/formatDate';

export type LiveFeedEntry = { id: string; message: string; at: string };

export type LiveFeedProps = {
  entries: readonly LiveFeedEntry[];
  /** The viewer's profile zone. */
  timeZone: string;
};

/** What the rest of the panel just did, newest first. */
export function LiveFeed({ entries, timeZone }: LiveFeedProps) {
  return (
    <Stack gap={6} component="section" aria-labelledby="live-feed-heading">
      <Title order={2} size="h6" id="live-feed-heading">
        Live activity
      </Title>
      <Stack
        gap={4}
        component="ul"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-live="polite"
        aria-relevant="additions"
        data-testid="live-feed"
      >
        {entries.length === 0 ? (
          <Text component="li" size="xs" c="dimmed">
            What the panel does in the room shows here.
          </Text>
        ) : (
          entries.map((entry) => (
            <Group
              component="li"
              key={entry.id}
              gap={6}
              wrap="nowrap"
              align="baseline"
            >
              <Text
                size="xs"
                c="dimmed"
                ff="monospace"
                style={{ whiteSpace: 'nowrap' }}
              >
                {formatClockTime(entry.at, timeZone)}
              </Text>
              <Text size="sm">{entry.message}</Text>
            </Group>
          ))
        )}
      </Stack>
    </Stack>
  );
}
