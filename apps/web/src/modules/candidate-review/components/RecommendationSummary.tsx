import { Box, Group, Paper, Stack, Text } from '@mantine/core';

import type {
  CandidateReview,
  ReviewRecommendation,
} from '@web/modules/candidate-review/hooks/useCandidateReview';
import {
  RECOMMENDATION_TONES,
  toneStyle,
} from '@web/modules/candidate-review/utils/ratingScale';
import {
  RECOMMENDATIONS,
  recommendationLabel,
} from '@web/modules/scorecards/utils/scorecardContent';
import { formatDateTime } from '@web/modules/shared/utils/formatDate';

import { ToneChip } from './ToneChip';

export type RecommendationSummaryProps = {
  tally: CandidateReview['recommendationTally'];
  recommendations: readonly ReviewRecommendation[];
  /** Session start by id, to say which session a recommendation is from. */
  sessionStarts: ReadonlyMap<string, string> | null;
  timeZone: string;
};

/** The tally as a segmented bar, then each interviewer's recommendation and summary. */
export function RecommendationSummary({
  tally,
  recommendations,
  sessionStarts,
  timeZone,
}: RecommendationSummaryProps) {
  const counts = RECOMMENDATIONS.map((option) => ({
    ...option,
    count:
      tally.find((entry) => entry.recommendation === option.value)?.count ?? 0,
  }));
  const total = counts.reduce((sum, entry) => sum + entry.count, 0);

  return (
    <Stack gap="md">
      <div>
        <Text size="sm" fw={600} mb={6}>
          Tally of {total} {total === 1 ? 'recommendation' : 'recommendations'}
        </Text>
        {total > 0 ? (
          <Box
            aria-hidden
            data-testid="tally-bar"
            h={14}
            maw={480}
            mb="xs"
            style={{
              display: 'flex',
              overflow: 'hidden',
              borderRadius: 'var(--mantine-radius-sm)',
              background: 'var(--mantine-color-gray-2)',
            }}
          >
            {counts
              .filter((entry) => entry.count > 0)
              .map((entry) => (
                <div
                  key={entry.value}
                  style={{
                    width: `${(entry.count / total) * 100}%`,
                    background: toneStyle(RECOMMENDATION_TONES[entry.value])
                      .borderColor,
                  }}
                />
              ))}
          </Box>
        ) : null}
        <Group
          gap="xs"
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
        >
          {counts.map((entry) => (
            <li key={entry.value}>
              <ToneChip tone={RECOMMENDATION_TONES[entry.value]}>
                {entry.label}: {entry.count}
              </ToneChip>
            </li>
          ))}
        </Group>
      </div>
      {recommendations.length > 0 ? (
        <Stack
          component="ul"
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label="Recommendations by interviewer"
        >
          {recommendations.map((entry) => {
            const startsAt = sessionStarts?.get(entry.sessionId);

            return (
              <li key={entry.scorecardId}>
                <Paper withBorder p="sm" radius="md">
                  <Group gap="xs" justify="space-between" align="flex-start">
                    <div>
                      <Text fw={600} size="sm">
                        {entry.interviewer.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {startsAt
                          ? `Session of ${formatDateTime(startsAt, timeZone)} · `
                          : ''}
                        submitted {formatDateTime(entry.submittedAt, timeZone)}
                      </Text>
                    </div>
                    <ToneChip tone={RECOMMENDATION_TONES[entry.recommendation]}>
                      {recommendationLabel(entry.recommendation)}
                    </ToneChip>
                  </Group>
                  <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
                    {entry.summary.trim() || 'No summary written.'}
                  </Text>
                </Paper>
              </li>
            );
          })}
        </Stack>
      ) : null}
    </Stack>
  );
}
