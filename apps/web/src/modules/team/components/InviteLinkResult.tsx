import {
  Alert,
  Button,
  CopyButton,
  Group,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';

import type { CreatedInvite } from '@web/modules/team/hooks/useInviteMember';
import { formatDateTime } from '@web/modules/shared/utils/formatDate';
import { ROLE_LABELS } from '@web/modules/shared/utils/roleLabel';

export type InviteLinkResultProps = {
  created: CreatedInvite;
  timeZone: string;
  onDismiss: () => void;
};

/** The one-time link, shown once right after the invite is created. */
export function InviteLinkResult({
  created,
  timeZone,
  onDismiss,
}: InviteLinkResultProps) {
  const { invite, url } = created;

  return (
    <Alert
      color="green"
      title={`Invite created for ${invite.email}`}
      withCloseButton
      closeButtonLabel="Dismiss invite link"
      onClose={onDismiss}
      data-testid="invite-link-result"
    >
      <Stack gap="xs">
        <Text size="sm">
          Send this link to {invite.email}. It joins them as{' '}
          {ROLE_LABELS[invite.role].toLowerCase()}, works once, and expires on{' '}
          {formatDateTime(invite.expiresAt, timeZone)}. It is shown only now.
        </Text>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            label="One-time invite link"
            value={url}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
            style={{ flex: 1 }}
          />
          <CopyButton value={url}>
            {({ copied, copy }) => (
              <Button
                variant={copied ? 'light' : 'default'}
                color={copied ? 'green' : undefined}
                onClick={copy}
                w={110}
              >
                {copied ? 'Copied' : 'Copy link'}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Alert>
  );
}
