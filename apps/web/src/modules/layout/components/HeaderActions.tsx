import { Group } from '@mantine/core';

import type { Viewer } from '@web/modules/auth/hooks/useViewer';
import { NotificationBell } from '@web/modules/notifications/components/NotificationBell';

import { TeamSwitcher } from './TeamSwitcher';
import { UserMenu } from './UserMenu';

export type HeaderActionsProps = { viewer: Viewer };

/** The header's team switcher, notification bell and user menu. */
export function HeaderActions({ viewer }: HeaderActionsProps) {
  return (
    <Group gap="sm" wrap="nowrap">
      <TeamSwitcher viewer={viewer} />
      {/* Notifications belong to a team: none to show without one. */}
      {viewer.currentTeam ? <NotificationBell /> : null}
      <UserMenu viewer={viewer} />
    </Group>
  );
}
