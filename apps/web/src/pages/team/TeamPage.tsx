import { Badge, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';

import { RoleGate } from '@web/modules/auth/components/RoleGate';
import { useViewer } from '@web/modules/auth/hooks/useViewer';
import { rolesForPath } from '@web/modules/layout/utils/navigation';
import { EmailSection } from '@web/modules/mail/components/EmailSection';
import { ErrorState } from '@web/modules/shared/components/ErrorState';
import { PageTitle } from '@web/modules/shared/components/PageTitle';
import { InviteMemberForm } from '@web/modules/team/components/InviteMemberForm';
import { InvitesTable } from '@web/modules/team/components/InvitesTable';
import { MembersTable } from '@web/modules/team/components/MembersTable';
import { TeamSettingsCard } from '@web/modules/team/components/TeamSettingsCard';
import { usePendingInvites } from '@web/modules/team/hooks/usePendingInvites';
import { useTeamMembers } from '@web/modules/team/hooks/useTeamMembers';

export function TeamPage() {
  return (
    <RoleGate
      roles={rolesForPath('/team')}
      title="Team"
      deniedMessage="Only coordinators can manage the team"
    >
      <TeamAdmin />
    </RoleGate>
  );
}

function TeamAdmin() {
  const { viewer } = useViewer();
  const membersResult = useTeamMembers();
  const invitesResult = usePendingInvites();
  if (!viewer) {
    return null;
  }
  const timeZone = viewer.user.timeZone;
  const teamName =
    membersResult.team?.name ?? viewer.currentTeam?.name ?? 'this team';

  return (
    <Stack gap="xl">
      <PageTitle title="Team" />
      <div>
        <Title order={1}>Team</Title>
        <Text c="dimmed" mt={4}>
          Members, invites, settings and email of {teamName}
        </Text>
      </div>

      <Paper
        withBorder
        radius="md"
        p="lg"
        component="section"
        aria-labelledby="invite-heading"
      >
        <Title order={2} size="h3" id="invite-heading" mb="sm">
          Invite a member
        </Title>
        <InviteMemberForm timeZone={timeZone} />
      </Paper>

      <section aria-labelledby="members-heading">
        <Group gap="xs" mb="sm">
          <Title order={2} size="h3" id="members-heading">
            Members
          </Title>
          {membersResult.isLoading ? null : (
            <Badge
              variant="light"
              color="gray"
              aria-label={`${membersResult.activeMemberCount} active`}
            >
              {membersResult.activeMemberCount} active
            </Badge>
          )}
        </Group>
        {membersResult.isLoading ? (
          <Loader size="sm" aria-label="Loading members" />
        ) : null}
        {membersResult.error ? (
          <ErrorState
            title="Could not load the members"
            message={membersResult.error.message}
            onRetry={membersResult.retry}
          />
        ) : null}
        {!membersResult.isLoading && !membersResult.error ? (
          <MembersTable
            members={membersResult.members}
            currentUserId={viewer.user.id}
            teamName={teamName}
            timeZone={timeZone}
          />
        ) : null}
      </section>

      <section aria-labelledby="invites-heading">
        <Title order={2} size="h3" id="invites-heading" mb="sm">
          Pending invites
        </Title>
        {invitesResult.isLoading ? (
          <Loader size="sm" aria-label="Loading invites" />
        ) : null}
        {invitesResult.error ? (
          <ErrorState
            title="Could not load the invites"
            message={invitesResult.error.message}
            onRetry={invitesResult.retry}
          />
        ) : null}
        {!invitesResult.isLoading && !invitesResult.error ? (
          <InvitesTable invites={invitesResult.invites} timeZone={timeZone} />
        ) : null}
      </section>

      <TeamSettingsCard />

      <EmailSection timeZone={timeZone} />
    </Stack>
  );
}
