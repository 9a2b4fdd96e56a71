import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router';

import { RoleGate } from '@web/modules/auth/components/RoleGate';
import { useViewer } from '@web/modules/auth/hooks/useViewer';
import { ScheduleSessionForm } from '@web/modules/scheduling/components/ScheduleSessionForm';
import {
  mondayOf,
  zonedParts,
} from '@web/modules/scheduling/utils/timeZoneDisplay';
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

function NewSession() {
  const { viewer } = useViewer();
  const navigate = useNavigate();
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
      <ScheduleSessionForm
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
    </Stack>
  );
}
