import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';

import type { Scorecard } from '@web/modules/scorecards/hooks/useScorecardSession';
import { recommendationLabel } from '@web/modules/scorecards/utils/scorecardContent';
import { formatDateTime } from '@web/modules/shared/utils/formatDate';

export type SubmittedScorecardProps = {
  scorecard: Scorecard;
  /** The viewer's profile zone. */
  timeZone: string;
};

/** Another panelist's submitted scorecard, read-only. */
export function SubmittedScorecard({
  scorecard,
  timeZone,
}: SubmittedScorecardProps) {
  const labelOf = (level: number | null) =>
    scorecard.scale.find((step) => step.level === level)?.label ?? '';

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="article"
      aria-label={`Scorecard of ${scorecard.interviewer.name}`}
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5">
            {scorecard.interviewer.name}
          </Title>
          <Group gap="xs">
            <Badge variant="light" color="indigo">
              {recommendationLabel(scorecard.recommendation)}
            </Badge>
            {scorecard.submittedAt ? (
              <Text size="xs" c="dimmed">
                Submitted {formatDateTime(scorecard.submittedAt, timeZone)}
              </Text>
            ) : null}
          </Group>
        </Group>
        <Table verticalSpacing="xs" layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="30%">Competency</Table.Th>
              <Table.Th w="20%">Rating</Table.Th>
              <Table.Th>Evidence</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {scorecard.competencies.map((competency) => {
              const rating = scorecard.ratings.find(
                (candidate) => candidate.competencyId === competency.id,
              );

              return (
                <Table.Tr key={competency.id}>
                  <Table.Td>{competency.name}</Table.Td>
                  <Table.Td>
                    {rating?.notAssessed
                      ? 'Not assessed'
                      : rating?.level !== null && rating?.level !== undefined
                        ? `${rating.level} · ${labelOf(rating.level)}`
                        : '—'}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>
                    {rating?.evidence || '—'}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        {scorecard.summary ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {scorecard.summary}
          </Text>
        ) : null}
        {scorecard.amendments.length > 0 ? (
          <Text size="xs" c="dimmed">
            Amended {scorecard.amendments.length}{' '}
            {scorecard.amendments.length === 1 ? 'time' : 'times'} after
            submission.
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
