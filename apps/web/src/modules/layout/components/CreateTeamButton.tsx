import { type FormEvent, useState } from 'react';
import {
  ActionIcon,
  Button,
  Group,
  Modal,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';

import { useCreateTeam } from '@web/modules/team/hooks/useCreateTeam';
import { toApiError } from '@web/modules/shared/utils/apiError';

/** "New team" beside the team switcher, for users the instance lets create teams. */
export function CreateTeamButton() {
  const [opened, { open, close }] = useDisclosure(false);
  const { createTeam, isCreating } = useCreateTeam();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();

  const handleClose = () => {
    setName('');
    setError(undefined);
    close();
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const teamName = name.trim();
    if (!teamName) {
      setError('Name the team');

      return;
    }
    try {
      await createTeam(teamName);
      handleClose();
      notifications.show({
        color: 'teal',
        title: 'Team created',
        message: `You are the coordinator of ${teamName}. Invite people from the Team page.`,
      });
    } catch (caught) {
      setError(toApiError(caught).message);
    }
  };

  return (
    <>
      <Tooltip label="Create a team">
        <ActionIcon
          variant="default"
          size="lg"
          aria-label="Create a team"
          onClick={open}
        >
          <span aria-hidden="true">+</span>
        </ActionIcon>
      </Tooltip>
      <Modal opened={opened} onClose={handleClose} title="Create a team">
        <form
          onSubmit={(event) => void handleSubmit(event)}
          noValidate
          aria-label="Create a team"
        >
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              You become its coordinator and switch to it. Its guides, kits,
              candidates and sessions are its own.
            </Text>
            <TextInput
              label="Team name"
              required
              data-autofocus
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={error}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={handleClose}>
                Cancel
              </Button>
              <Button type="submit" loading={isCreating}>
                Create team
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
