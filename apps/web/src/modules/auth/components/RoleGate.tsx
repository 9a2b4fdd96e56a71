import type { ReactNode } from 'react';
import { Alert, Stack, Title } from '@mantine/core';

import type { TeamRole } from '@web/generated/graphql';
import { useViewer } from '@web/modules/auth/hooks/useViewer';
import { PageTitle } from '@web/modules/shared/components/PageTitle';
import { ROLE_LABELS } from '@web/modules/shared/utils/roleLabel';

export type RoleGateProps = {
  roles: readonly TeamRole[];
  /** Page heading shown with the refusal, so the page still says where the user is. */
  title: string;
  deniedMessage: string;
  children: ReactNode;
};

/** Renders its children only for the given team roles; the API enforces the same rule. */
export function RoleGate({
  roles,
  title,
  deniedMessage,
  children,
}: RoleGateProps) {
  const { viewer } = useViewer();
  if (viewer?.role && roles.includes(viewer.role)) {
    return children;
  }

  return (
    <Stack gap="md" maw={720}>
      <PageTitle title={title} />
      <Title order={1}>{title}</Title>
      <Alert color="yellow" title={deniedMessage} role="status">
        {viewer?.role
          ? `Your role in ${viewer.currentTeam?.name ?? 'this team'} is ${ROLE_LABELS[viewer.role].toLowerCase()}. `
          : ''}
        Ask a coordinator of your team if you need access.
      </Alert>
    </Stack>
  );
}
