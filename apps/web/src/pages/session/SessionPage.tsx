import { useState } from 'react';
import {
  Anchor,
  Button,
  Grid,
  Group,
  Loader,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { Link, useParams } from 'react-router';

import { useViewer } from '@web/modules/auth/hooks/useViewer';
import { CancelSessionModal } from '@web/modules/scheduling/components/CancelSessionModal';
import { NoShowModal } from '@web/modules/scheduling/components/NoShowModal';
import { RescheduleModal } from '@web/modules/scheduling/components/RescheduleModal';
import { ScoringStatusCard } from '@web/modules/scheduling/components/ScoringStatusCard';
import { SessionHistory } from '@web/modules/scheduling/components/SessionHistory';
import { SessionSummary } from '@web/modules/scheduling/components/SessionSummary';
import { useSession } from '@web/modules/scheduling/hooks/useSession';
import { isActiveStatus } from '@web/modules/scheduling/utils/sessionStatus';
import {
  mondayOf,
  zonedParts,
} from '@web/modules/shared/utils/timeZoneDisplay';
import { ErrorState } from '@web/modules/shared/components/ErrorState';
import { PageTitle } from '@web/modules/shared/components/PageTitle';

type OpenAction = 'reschedule' | 'cancel' | 'no-show' | null;

export function SessionPage() {
  const { sessionId = null } = useParams();
  const { viewer } = useViewer();
  const { session, isLoading, error, retry } = useSession(sessionId);
  const [openAction, setOpenAction] = useState<OpenAction>(null);
  const viewerZone = viewer?.user.timeZone ?? 'UTC';
  const isCoordinator = viewer?.role === 'COORDINATOR';

  if (isLoading) {
    return <Loader size="sm" aria-label="Loading the session" />;
  }
  if (error || !session) {
    return (
      <Stack gap="md" maw={720}>
        <PageTitle title="Session" />
        <Title order={1}>Session</Title>
        <ErrorState
          title={
            error?.code === 'NOT_FOUND'
              ? 'Session not found'
              : 'Could not load the session'
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
  const title = `${session.candidate.name} · ${session.kitName}`;
  const week = mondayOf(zonedParts(session.startsAt, viewerZone).dateKey);
  const durationMinutes = Math.round(
    (Date.parse(session.endsAt) - Date.parse(session.startsAt)) / 60_000,
  );
  const canAct = isCoordinator && isActiveStatus(session.status);
  const isPanelist = session.panel.some(
    (panelist) => panelist.user.id === viewer?.user.id,
  );
  const hasTakenPlace =
    session.status !== 'CANCELLED' && session.status !== 'NO_SHOW';

  return (
    <Stack gap="lg">
      <PageTitle title={`Session: ${session.candidate.name}`} />
      <div>
        <Anchor component={Link} to={`/schedule?week=${week}`} size="sm">
          ← Back to the schedule
        </Anchor>
        <Title order={1} mt={4}>
          {title}
        </Title>
      </div>
      <Group gap="sm" wrap="wrap">
        {isPanelist && hasTakenPlace ? (
          <>
            <Button component={Link} to={`/sessions/${session.id}/room`}>
              Open interview room
            </Button>
            <Button
              component={Link}
              to={`/sessions/${session.id}/scorecard`}
              variant="default"
            >
              Scorecard
            </Button>
          </>
        ) : null}
        {canAct ? (
          <>
            <Button onClick={() => setOpenAction('reschedule')}>
              Reschedule
            </Button>
            <Button variant="default" onClick={() => setOpenAction('no-show')}>
              Mark no-show
            </Button>
            <Button
              variant="default"
              color="red"
              onClick={() => setOpenAction('cancel')}
            >
              Cancel session
            </Button>
          </>
        ) : null}
        <Button
          component="a"
          variant="default"
          href={`/sessions/${session.id}.ics`}
          download={`interview-${session.id}.ics`}
        >
          Download .ics
        </Button>
      </Group>
      {isCoordinator && !isActiveStatus(session.status) ? (
        <Text size="sm" c="dimmed">
          This session is over or cancelled: it can no longer be changed.
        </Text>
      ) : null}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <SessionSummary session={session} viewerZone={viewerZone} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            {hasTakenPlace && (isCoordinator || isPanelist) ? (
              <ScoringStatusCard
                sessionId={session.id}
                viewerZone={viewerZone}
                canEdit={isCoordinator}
              />
            ) : null}
            <SessionHistory
              history={session.history}
              durationMinutes={durationMinutes}
              viewerZone={viewerZone}
            />
          </Stack>
        </Grid.Col>
      </Grid>
      {openAction === 'reschedule' ? (
        <RescheduleModal
          session={session}
          viewerZone={viewerZone}
          isOpen
          onClose={() => setOpenAction(null)}
        />
      ) : null}
      {openAction === 'cancel' ? (
        <CancelSessionModal
          sessionId={session.id}
          candidateName={session.candidate.name}
          isOpen
          onClose={() => setOpenAction(null)}
        />
      ) : null}
      {openAction === 'no-show' ? (
        <NoShowModal
          session={session}
          isOpen
          onClose={() => setOpenAction(null)}
        />
      ) : null}
    </Stack>
  );
}
