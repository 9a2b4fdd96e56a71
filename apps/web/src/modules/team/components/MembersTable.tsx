import { useState } from 'react';
import { Badge, Button, Select, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';

import { ConfirmModal } from '@web/modules/shared/components/ConfirmModal';
import { toApiError } from '@web/modules/shared/utils/apiError';
import { formatDate } from '@web/modules/shared/utils/formatDate';
import {
  isTeamRole,
  ROLE_LABELS,
  ROLE_OPTIONS,
} from '@web/modules/shared/utils/roleLabel';
import { useChangeMemberRole } from '@web/modules/team/hooks/useChangeMemberRole';
import { useDeactivateMember } from '@web/modules/team/hooks/useDeactivateMember';
import type { Member } from '@web/modules/team/hooks/useTeamMembers';

export type MembersTableProps = {
  members: Member[];
  currentUserId: string;
  teamName: string;
  timeZone: string;
};

export function MembersTable({
  members,
  currentUserId,
  teamName,
  timeZone,
}: MembersTableProps) {
  const { changeMemberRole } = useChangeMemberRole();
  const { deactivateMember, isDeactivating } = useDeactivateMember();
  const [changingId, setChangingId] = useState<string | null>(null);
  const [toDeactivate, setToDeactivate] = useState<Member | null>(null);

  const handleRoleChange = async (member: Member, value: string | null) => {
    if (!isTeamRole(value) || value === member.role) {
      return;
    }
    setChangingId(member.id);
    try {
      await changeMemberRole(member.id, value);
      notifications.show({
        color: 'green',
        title: 'Role changed',
        message: `${member.user.name} is now ${ROLE_LABELS[value].toLowerCase()}.`,
      });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Could not change the role',
        message: toApiError(error).message,
      });
    } finally {
      setChangingId(null);
    }
  };

  const handleDeactivate = async () => {
    if (!toDeactivate) {
      return;
    }
    try {
      await deactivateMember(toDeactivate.id);
      notifications.show({
        color: 'green',
        title: 'Member deactivated',
        message: `${toDeactivate.user.name} no longer has access to ${teamName}.`,
      });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Could not deactivate',
        message: toApiError(error).message,
      });
    } finally {
      setToDeactivate(null);
    }
  };

  return (
    <>
      <Table.ScrollContainer minWidth={720}>
        <Table
          verticalSpacing="sm"
          striped
          highlightOnHover
          aria-label="Members"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Name</Table.Th>
              <Table.Th scope="col">Email</Table.Th>
              <Table.Th scope="col">Role</Table.Th>
              <Table.Th scope="col">Status</Table.Th>
              <Table.Th scope="col">Joined</Table.Th>
              <Table.Th scope="col">
                <span className="pw-visually-hidden">Actions</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((member) => {
              const isYou = member.user.id === currentUserId;

              return (
                <Table.Tr key={member.id} data-testid="member-row">
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {member.user.name}
                      {isYou ? (
                        <Text span size="sm" c="dimmed">
                          {' '}
                          (you)
                        </Text>
                      ) : null}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{member.user.email}</Text>
                  </Table.Td>
                  <Table.Td>
                    {member.active ? (
                      <Select
                        aria-label={`Role of ${member.user.name}`}
                        data={ROLE_OPTIONS}
                        value={member.role}
                        onChange={(value) =>
                          void handleRoleChange(member, value)
                        }
                        allowDeselect={false}
                        disabled={changingId === member.id}
                        size="xs"
                        w={150}
                      />
                    ) : (
                      <Text size="sm">{ROLE_LABELS[member.role]}</Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {member.active ? (
                      <Badge color="green" variant="light">
                        Active
                      </Badge>
                    ) : (
                      <Badge color="gray" variant="light">
                        Deactivated
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {formatDate(member.joinedAt, timeZone)}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    {member.active ? (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => setToDeactivate(member)}
                        aria-label={`Deactivate ${member.user.name}`}
                      >
                        Deactivate
                      </Button>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmModal
        isOpen={toDeactivate !== null}
        title={`Deactivate ${toDeactivate?.user.name ?? 'member'}?`}
        confirmLabel="Deactivate"
        isConfirming={isDeactivating}
        onConfirm={() => void handleDeactivate()}
        onCancel={() => setToDeactivate(null)}
      >
        {toDeactivate?.user.id === currentUserId
          ? `You will lose access to ${teamName} right away.`
          : `${toDeactivate?.user.name ?? 'They'} will lose access to ${teamName}. Their past interviews and scorecards are kept.`}{' '}
        A coordinator can invite them again later.
      </ConfirmModal>
    </>
  );
}
