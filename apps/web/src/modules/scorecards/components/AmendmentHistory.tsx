import { Stack, Text, Timeline, Title } from '@mantine/core';

import { recommendationLabel } from '@web/modules/scorecards/utils/scorecardContent';
import { formatDateTime } from '@web/modules/shared/utils/formatDate';

export type AmendmentHistoryProps = {
  /** The viewer's profile zone: every time shown is in it. */
  timeZone: string;
  submittedAt: string | null;
  amendments: readonly {
    at: string;
    actorName: string | null;
    reason: string;
    previousRecommendation: string | null;
  }[];
};

/** Submission, then every amendment with its reason: the scorecard's audit trail. */
export function AmendmentHistory({
  timeZone,
  submittedAt,
  amendments,
}: AmendmentHistoryProps) {
  const ordered = [...amendments].sort((a, b) => a.at.localeCompare(b.at));
  const items = [
    ...(submittedAt
      ? [
          <Timeline.Item key="submitted" title="Submitted">
            <Text size="xs" c="dimmed">
              {formatDateTime(submittedAt, timeZone)}
            </Text>
          </Timeline.Item>,
        ]
      : []),
    ...ordered.map((amendment) => (
      <Timeline.Item
        key={`${amendment.at}-${amendment.reason}`}
        title={`Amended by ${amendment.actorName ?? 'someone'}`}
      >
        <Text size="sm">“{amendment.reason}”</Text>
        <Text size="xs" c="dimmed">
          {formatDateTime(amendment.at, timeZone)} · recommendation before:{' '}
          {recommendationLabel(amendment.previousRecommendation)}
        </Text>
      </Timeline.Item>
    )),
  ];

  return (
    <Stack gap="sm" component="section" aria-labelledby="history-heading">
      <Title order={2} size="h4" id="history-heading">
        History
      </Title>
      <Timeline bulletSize={14} lineWidth={2} active={items.length - 1}>
        {items}
      </Timeline>
    </Stack>
  );
}
