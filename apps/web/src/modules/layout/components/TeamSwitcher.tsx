import { Group, Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';

import { useSwitchTeam } from '@web/modules/auth/hooks/useSwitchTeam';
import type { Viewer } from '@web/modules/auth/hooks/useViewer';
import { toApiError } from '@web/modules/shared/utils/apiError';

import { CreateTeamButton } from './CreateTeamButton';

export type TeamSwitcherProps = { viewer: Viewer };

export function TeamSwitcher({ viewer }: TeamSwitcherProps) {
  const { switchTeam, isSwitching } = useSwitchTeam();
  const options = viewer.memberships.map((membership) => ({
    value: membership.team.id,
    label: membership.team.name,
  }));

  const handleChange = async (teamId: string | null) => {
    if (!teamId || teamId === viewer.currentTeam?.id) {
      return;
    }
    try {
      await switchTeam(teamId);
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Could not switch team',
        message: toApiError(error).message,
      });
    }
  };

  const createButton = viewer.canCreateTeam ? <CreateTeamButton /> : null;
  if (options.length === 0) {
    return createButton;
  }

  return (
    <Group gap="xs" wrap="nowrap">
      <Select
        aria-label="Current team"
        data={options}
        value={viewer.currentTeam?.id ?? null}
        placeholder="Choose a team"
        onChange={(teamId) => void handleChange(teamId)}
        allowDeselect={false}
        disabled={isSwitching}
        w={{ base: 180, sm: 220 }}
        comboboxProps={{ withinPortal: true }}
      />
      {createButton}
    </Group>
  );
}
