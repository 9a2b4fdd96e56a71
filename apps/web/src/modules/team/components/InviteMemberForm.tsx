import { type FormEvent, useState } from 'react';
import { Alert, Button, Group, Select, Stack, TextInput } from '@mantine/core';

import type { TeamRole } from '@web/generated/graphql';
import {
  type CreatedInvite,
  useInviteMember,
} from '@web/modules/team/hooks/useInviteMember';
import { toApiError } from '@web/modules/shared/utils/apiError';
import { isTeamRole, ROLE_OPTIONS } from '@web/modules/shared/utils/roleLabel';

import { InviteLinkResult } from './InviteLinkResult';

export type InviteMemberFormProps = {
  timeZone: string;
};

export function InviteMemberForm({ timeZone }: InviteMemberFormProps) {
  const { inviteMember, isInviting } = useInviteMember();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<TeamRole>('INTERVIEWER');
  const [emailError, setEmailError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedInvite | null>(null);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    if (!email.trim()) {
      setEmailError('Enter the email address to invite');

      return;
    }
    setEmailError(null);
    try {
      const result = await inviteMember({ email: email.trim(), role });
      setCreated(result);
      setEmail('');
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.field === 'email') {
        setEmailError(apiError.message);
      } else {
        setFormError(apiError.message);
      }
    }
  };

  return (
    <Stack gap="md">
      <form
        onSubmit={(event) => void handleSubmit(event)}
        noValidate
        aria-label="Invite member"
      >
        <Stack gap="sm">
          {formError ? (
            <Alert color="red" title="Could not create the invite" role="alert">
              {formError}
            </Alert>
          ) : null}
          <Group align="flex-start" gap="sm" wrap="wrap">
            <TextInput
              label="Email"
              type="email"
              name="email"
              autoComplete="off"
              required
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={emailError}
              style={{ flex: '1 1 260px' }}
            />
            <Select
              label="Role"
              data={ROLE_OPTIONS}
              value={role}
              onChange={(value) => {
                if (isTeamRole(value)) {
                  setRole(value);
                }
              }}
              allowDeselect={false}
              w={180}
            />
            <Button type="submit" loading={isInviting} mt={25}>
              Create invite link
            </Button>
          </Group>
        </Stack>
      </form>
      {created ? (
        <InviteLinkResult
          created={created}
          timeZone={timeZone}
          onDismiss={() => setCreated(null)}
        />
      ) : null}
    </Stack>
  );
}
