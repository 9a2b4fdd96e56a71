import {
  Alert,
  Anchor,
  Group,
  Loader,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { Link, useParams } from 'react-router';

import { useViewer } from '@web/modules/auth/hooks/useViewer';
import { useSessionActivity } from '@web/modules/interview-room/hooks/useSessionActivity';
import { PanelScorecards } from '@web/modules/scorecards/components/PanelScorecards';
import { ScorecardEditor } from '@web/modules/scorecards/components/ScorecardEditor';
import {
  type ScorecardSession,
  useScorecardSession,
} from '@web/modules/scorecards/hooks/useScorecardSession';
import { SessionStatusBadge } from '@web/modules/scheduling/components/SessionStatusBadge';
import { ErrorState } from '@web/modules/shared/components/ErrorState';
import { PageTitle } from '@web/modules/shared/components/PageTitle';
import { formatDateTime } from '@web/modules/shared/utils/formatDate';

export function ScorecardPage() {
  const { sessionId = null } = useParams();
  const { viewer } = useViewer();
  const { session, isLoading, error, retry, refresh } =
    useScorecardSession(sessionId);

  if (isLoading || !viewer) {
    return <Loader size="sm" aria-label="Loading the scorecard" />;
  }
  if (error || !session) {
    return (
      <Stack gap="md" maw={720}>
        <PageTitle title="Scorecard" />
        <Title order={1}>Scorecard</Title>
        <ErrorState
          title={
            error?.code === 'NOT_FOUND'
              ? 'Session not found'
              : 'Could not load the scorecard'
          }
          message={
            error?.message ??
            'This session does not exist or is not yours to see.'
          }
          onRetry={error?.code === 'NOT_FOUND' ? undefined : retry}
        />
      </Stack>
    );
  }

  return (
    <ScorecardPageContent
      session={session}
      viewerId={viewer.user.id}
      timeZone={viewer.user.timeZone}
      onActivity={refresh}
    />
  );
}

function ScorecardPageContent({
  session,
  viewerId,
  timeZone,
  onActivity,
}: {
  session: ScorecardSession;
  viewerId: string;
  timeZone: string;
  onActivity: () => void;
}) {
  // A panelist submitting may reveal the panel's scorecards to this viewer.
  useSessionActivity(session.id, {
    onActivity: (activity) => {
      if (
        activity.kind === 'SCORECARD_SUBMITTED' ||
        activity.kind === 'SCORECARDS_REVEALED'
      ) {
        onActivity();
      }
    },
    onResync: onActivity,
  });
  const mine = session.myScorecard;
  const rubric = mine
    ? { competencies: mine.competencies, scale: mine.scale }
    : session.scoringRubric;
  const isPanelist = session.panel.some(
    (panelist) => panelist.user.id === viewerId,
  );
  const didNotTakePlace =
    session.status === 'CANCELLED' || session.status === 'NO_SHOW';
  const isNotOpenYet =
    session.status === 'SCHEDULED' && Date.parse(session.startsAt) > Date.now();

  return (
    <Stack gap="lg" maw={1240}>
      <PageTitle title={`Scorecard: ${session.candidate.name}`} />
      <div>
        <Group gap="md">
          <Anchor
            component={Link}
            to={`/sessions/${session.id}/room`}
            size="sm"
          >
            ← Interview room
          </Anchor>
          <Anchor component={Link} to={`/sessions/${session.id}`} size="sm">
            Session details
          </Anchor>
        </Group>
        <Title order={1} mt={4}>
          Scorecard: {session.candidate.name}
        </Title>
        <Group gap="xs" mt={4}>
          <SessionStatusBadge status={session.status} />
          <Text size="sm" c="dimmed">
            {session.kitName}
            {rubric && 'name' in rubric ? ` · ${rubric.name}` : ''}
            {mine ? ` · ${mine.rubricName}` : ''}
            {session.completedAt
              ? ` · completed ${formatDateTime(session.completedAt, timeZone)}`
              : ''}
          </Text>
        </Group>
      </div>
      {!isPanelist ? (
        <Alert color="indigo" variant="light" title="You are not on this panel">
          Only the panel scores this session. Submitted scorecards show below.
        </Alert>
      ) : didNotTakePlace ? (
        <Alert color="gray" variant="light" title="Nothing to score">
          This session did not take place.
        </Alert>
      ) : isNotOpenYet && !mine ? (
        <Alert color="indigo" variant="light" title="Not started yet">
          Scorecards open when the session starts. Start it from the{' '}
          <Anchor
            component={Link}
            to={`/sessions/${session.id}/room`}
            underline="always"
          >
            interview room
          </Anchor>
          .
        </Alert>
      ) : !rubric ? (
        <Alert color="red" variant="light" title="No rubric">
          The kit of this session has no rubric to score against.
        </Alert>
      ) : (
        <ScorecardEditor
          session={session}
          rubric={rubric}
          mine={mine ?? null}
          viewerId={viewerId}
          timeZone={timeZone}
        />
      )}
      <PanelScorecards
        session={session}
        viewerId={viewerId}
        timeZone={timeZone}
        isMineSubmitted={mine?.status === 'SUBMITTED'}
      />
    </Stack>
  );
}
