import { Alert, Badge, Group, List, Stack, Text, Title } from '@mantine/core';

import type { ScorecardSession } from '@web/modules/scorecards/hooks/useScorecardSession';
import { PANEL_ROLE_LABELS } from '@web/modules/scheduling/utils/sessionStatus';
import { formatDateTime } from '@web/modules/shared/utils/formatDate';

import { SubmittedScorecard } from './SubmittedScorecard';

export type PanelScorecardsProps = {
  /** The viewer's profile zone: every time shown is in it. */
  timeZone: string;
  session: ScorecardSession;
  viewerId: string;
  isMineSubmitted: boolean;
};

/**
 * The rest of the panel: who has submitted (never what) and, once revealed
 * to the viewer (independent scoring), their scorecards.
 */
export function PanelScorecards({
  timeZone,
  session,
  viewerId,
  isMineSubmitted,
}: PanelScorecardsProps) {
  const others = session.scorecards.filter(
    (scorecard) =>
      scorecard.interviewer.id !== viewerId && scorecard.status === 'SUBMITTED',
  );
  const submissions = session.panelSubmissions.filter(
    (submission) => submission.user.id !== viewerId,
  );

  return (
    <Stack gap="sm" component="section" aria-labelledby="panel-heading">
      <Title order={2} size="h4" id="panel-heading">
        The panel’s scorecards
      </Title>
      {submissions.length > 0 ? (
        <List spacing={4} size="sm" listStyleType="none" p={0}>
          {submissions.map((submission) => (
            <List.Item key={submission.user.id}>
              <Group gap="xs">
                <Text size="sm" fw={600}>
                  {submission.user.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {PANEL_ROLE_LABELS[submission.role]}
                  {submission.required ? '' : ' · optional'}
                </Text>
                {submission.submittedAt ? (
                  <Badge size="sm" color="teal" variant="light">
                    Submitted {formatDateTime(submission.submittedAt, timeZone)}
                  </Badge>
                ) : (
                  <Badge size="sm" color="gray" variant="light">
                    Not submitted yet
                  </Badge>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      ) : null}
      {session.scorecardsRevealed ? (
        others.length > 0 ? (
          others.map((scorecard) => (
            <SubmittedScorecard
              key={scorecard.id}
              scorecard={scorecard}
              timeZone={timeZone}
            />
          ))
        ) : (
          <Text size="sm" c="dimmed">
            No other panelist has submitted a scorecard yet.
          </Text>
        )
      ) : (
        <Alert color="indigo" variant="light" title="Independent scoring">
          {isMineSubmitted
            ? 'Other panelists’ scorecards appear once the whole panel has submitted.'
            : 'Other panelists’ scorecards appear once you submit yours, so that nobody anchors on someone else’s ratings.'}
        </Alert>
      )}
    </Stack>
  );
}
