import { Anchor, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { useViewer } from '@web/modules/auth/hooks/useViewer';
import { CoordinatorHome } from '@web/modules/home/components/CoordinatorHome';
import { InterviewerHome } from '@web/modules/home/components/InterviewerHome';
import { SummaryCard } from '@web/modules/home/components/SummaryCard';
import { ErrorState } from '@web/modules/shared/components/ErrorState';
import { PageTitle } from '@web/modules/shared/components/PageTitle';
import { ROLE_LABELS } from '@web/modules/shared/utils/roleLabel';
import { useTeamMembers } from '@web/modules/team/hooks/useTeamMembers';

export function HomePage() {
  const { viewer } = useViewer();
  const { members, activeMemberCount, isLoading, error, retry } =
    useTeamMembers();
  if (!viewer) {
    return null;
  }
  const deactivatedCount = members.length - activeMemberCount;
  const isCoordinator = viewer.role === 'COORDINATOR';

  return (
    <Stack gap="lg">
      <PageTitle title="Home" />
      <div>
        <Title order={1}>Welcome, {viewer.user.name}</Title>
        <Text c="dimmed" mt={4}>
          {viewer.user.email} · time zone {viewer.user.timeZone}
        </Text>
      </div>
      {isCoordinator ? <CoordinatorHome viewer={viewer} /> : null}
      <InterviewerHome viewer={viewer} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <SummaryCard
          label="Current team"
          value={viewer.currentTeam?.name ?? 'None'}
        />
        <SummaryCard
          label="Your role"
          value={viewer.role ? ROLE_LABELS[viewer.role] : 'None'}
          detail={
            isCoordinator
              ? 'You manage members and invites.'
              : 'A coordinator manages this team.'
          }
        />
        <SummaryCard
          label="Team members"
          value={
            isLoading ? (
              <Loader size="sm" aria-label="Loading members" />
            ) : error ? (
              '–'
            ) : (
              activeMemberCount
            )
          }
          detail={
            isLoading || error
              ? undefined
              : `active${deactivatedCount > 0 ? `, plus ${deactivatedCount} deactivated` : ''}`
          }
        />
      </SimpleGrid>
      {error ? (
        <ErrorState
          title="Could not load the team members"
          message={error.message}
          onRetry={retry}
        />
      ) : null}
      {isCoordinator ? (
        <Text>
          <Anchor component={Link} to="/team">
            Manage members and invites
          </Anchor>
        </Text>
      ) : null}
    </Stack>
  );
}
