import { Alert, Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { RoleGate } from '@web/modules/auth/components/RoleGate';
import { useViewer } from '@web/modules/auth/hooks/useViewer';
import { useCandidate } from '@web/modules/candidates/hooks/useCandidate';
import { ScheduleSessionForm } from '@web/modules/scheduling/components/ScheduleSessionForm';
import {
  mondayOf,
  zonedParts,
} from '@web/modules/shared/utils/timeZoneDisplay';
import { PageTitle } from '@web/modules/shared/components/PageTitle';
import { notify } from '@web/modules/shared/utils/notify';

export function NewSessionPage() {
  return (
    <RoleGate
      roles={['COORDINATOR']}
      title="New session"
      deniedMessage="Only coordinators can schedule sessions"
    >
      <NewSession />
    </RoleGate>
  );
}

/** `?candidate=<id>` preselects the candidate (the candidate page's Schedule action). */
const CANDIDATE_PARAM = 'candidate';

function NewSession() {
  const { viewer } = useViewer();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const candidateId = searchParams.get(CANDIDATE_PARAM) ?? '';
  const preselected = useCandidate(candidateId, { skip: !candidateId });
  if (!viewer) {
    return null;
  }
  const viewerZone = viewer.user.timeZone;

  return (
    <Stack gap="lg">
      <PageTitle title="New session" />
      <div>
        <Anchor component={Link} to="/schedule" size="sm">
          ← Back to the schedule
        </Anchor>
        <Title order={1} mt={4}>
          New session
        </Title>
        <Text c="dimmed" mt={4}>
          Choose the candidate, kit and panel, then find a time when the panel
          is free.
        </Text>
      </div>
      {preselected.error ? (
        <Alert color="yellow" title="The candidate in the link was not found">
          Choose the candidate below.
        </Alert>
      ) : null}
      {preselected.isLoading ? (
        <Loader size="sm" aria-label="Loading the candidate" />
      ) : (
        <ScheduleSessionForm
          // The form reads its initial candidate once: mount it after loading.
          key={preselected.candidate?.id ?? 'none'}
          initialCandidate={preselected.candidate}
          viewerZone={viewerZone}
          onScheduled={(session) => {
            notify({
              color: 'green',
              message: `Session with ${session.candidate.name} booked`,
            });
            const week = mondayOf(
              zonedParts(session.startsAt, viewerZone).dateKey,
            );
            void navigate(`/schedule?week=${week}`);
          }}
        />
      )}
    </Stack>
  );
}
