import { Loader, Stack, Title } from '@mantine/core';
import { useParams } from 'react-router';

import { useViewer } from '@web/modules/auth/hooks/useViewer';
import { InterviewRoom } from '@web/modules/interview-room/components/InterviewRoom';
import { useInterviewRoom } from '@web/modules/interview-room/hooks/useInterviewRoom';
import { ErrorState } from '@web/modules/shared/components/ErrorState';
import { PageTitle } from '@web/modules/shared/components/PageTitle';

export function InterviewRoomPage() {
  const { sessionId = null } = useParams();
  const { viewer } = useViewer();
  const { session, isLoading, error, retry, refreshPlan } =
    useInterviewRoom(sessionId);

  if (isLoading || !viewer) {
    return <Loader size="sm" aria-label="Loading the interview room" />;
  }
  if (error || !session) {
    return (
      <Stack gap="md" maw={720}>
        <PageTitle title="Interview room" />
        <Title order={1}>Interview room</Title>
        <ErrorState
          title={
            error?.code === 'NOT_FOUND'
              ? 'Session not found'
              : 'Could not open the interview room'
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
    <>
      <PageTitle title={`Interview room: ${session.candidate.name}`} />
      <InterviewRoom
        session={session}
        viewer={viewer}
        onRefreshPlan={refreshPlan}
      />
    </>
  );
}
