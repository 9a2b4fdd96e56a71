import { useState } from 'react';
import { Button, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';

import { ConfirmModal } from '@web/modules/shared/components/ConfirmModal';
import { toApiError } from '@web/modules/shared/utils/apiError';
import { formatDateTime } from '@web/modules/shared/utils/formatDate';
import { ROLE_LABELS } from '@web/modules/shared/utils/roleLabel';
import type { Invite } from '@web/modules/team/hooks/usePendingInvites';
import { useRevokeInvite } from '@web/modules/team/hooks/useRevokeInvite';

export type InvitesTableProps = {
  invites: Invite[];
  timeZone: string;
};

export function InvitesTable({ invites, timeZone }: InvitesTableProps) {
  const { revokeInvite, isRevoking } = useRevokeInvite();
  const [toRevoke, setToRevoke] = useState<Invite | null>(null);

  const handleRevoke = async () => {
    if (!toRevoke) {
      return;
    }
    try {
      await revokeInvite(toRevoke.id);
      notifications.show({
        color: 'green',
        title: 'Invite revoked',
        message: `The link sent to ${toRevoke.email} no longer works.`,
      });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Could not revoke the invite',
        message: toApiError(error).message,
      });
    } finally {
      setToRevoke(null);
    }
  };

  if (invites.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No pending invites.
      </Text>
    );
  }

  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="sm" striped aria-label="Pending invites">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Email</Table.Th>
              <Table.Th scope="col">Role</Table.Th>
              <Table.Th scope="col">Invited by</Table.Th>
              <Table.Th scope="col">Expires</Table.Th>
              <Table.Th scope="col">
                <span className="pw-visually-hidden">Actions</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invites.map((invite) => (
              <Table.Tr key={invite.id} data-testid="invite-row">
                <Table.Td>
                  <Text size="sm">{invite.email}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{ROLE_LABELS[invite.role]}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{invite.invitedByName}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {formatDateTime(invite.expiresAt, timeZone)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() => setToRevoke(invite)}
                    aria-label={`Revoke invite for ${invite.email}`}
                  >
                    Revoke
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmModal
        isOpen={toRevoke !== null}
        title="Revoke this invite?"
        confirmLabel="Revoke invite"
        isConfirming={isRevoking}
        onConfirm={() => void handleRevoke()}
        onCancel={() => setToRevoke(null)}
      >
        The link sent to {toRevoke?.email} will stop working. You can invite
        them again later.
      </ConfirmModal>
    </>
  );
}
