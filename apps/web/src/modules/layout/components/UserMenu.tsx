import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate } from 'react-router';

import { useSignOut } from '@web/modules/auth/hooks/useSignOut';
import type { Viewer } from '@web/modules/auth/hooks/useViewer';
import { toApiError } from '@web/modules/shared/utils/apiError';

export type UserMenuProps = { viewer: Viewer };

function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}

export function UserMenu({ viewer }: UserMenuProps) {
  const { signOut } = useSignOut();
  const navigate = useNavigate();

  const handleSignOut = async () => {
    try {
      await signOut();
      await navigate('/login', { replace: true });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Could not sign out',
        message: toApiError(error).message,
      });
    }
  };

  return (
    <Menu position="bottom-end" width={240} shadow="md">
      <Menu.Target>
        <UnstyledButton
          aria-label={`Account menu for ${viewer.user.name}`}
          className="pw-user-button"
        >
          <Group gap="xs" wrap="nowrap">
            <Avatar color="indigo" radius="xl" size={32} aria-hidden>
              {initialsOf(viewer.user.name)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="sm">
              {viewer.user.name}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Signed in as</Menu.Label>
        <Text size="sm" px="sm" pb="xs" truncate="end">
          {viewer.user.email}
        </Text>
        <Menu.Divider />
        <Menu.Item component={Link} to="/account">
          Account
        </Menu.Item>
        <Menu.Item onClick={() => void handleSignOut()}>Sign out</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
