import { type FormEvent, useState } from 'react';
import {
  Alert,
  Button,
  Group,
  PasswordInput,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';

import type { UpdateProfileInput } from '@web/generated/graphql';
import { useUpdateProfile } from '@web/modules/account/hooks/useUpdateProfile';
import { TimeZoneSelect } from '@web/modules/shared/components/TimeZoneSelect';
import { toApiError } from '@web/modules/shared/utils/apiError';
import { notify } from '@web/modules/shared/utils/notify';

export type ProfileFormProps = {
  user: { name: string; email: string; timeZone: string };
};

type Field = 'name' | 'email' | 'timeZone' | 'currentPassword';
const FIELDS: readonly Field[] = [
  'name',
  'email',
  'timeZone',
  'currentPassword',
];

/** Your name, sign-in email and the zone every time is shown in; a new email needs your password. */
export function ProfileForm({ user }: ProfileFormProps) {
  const { updateProfile, isSaving } = useUpdateProfile();
  const [name, setName] = useState(user.name);
  const [email, setEmail] = useState(user.email);
  const [timeZone, setTimeZone] = useState(user.timeZone);
  const [currentPassword, setCurrentPassword] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const isEmailChanged =
    email.trim().toLowerCase() !== user.email.toLowerCase();
  const clear = (field: Field) =>
    setErrors((current) => ({ ...current, [field]: undefined }));

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const found: Partial<Record<Field, string>> = {};
    if (!name.trim()) {
      found.name = 'Enter your name';
    }
    if (isEmailChanged && !currentPassword) {
      found.currentPassword =
        'Enter your current password to change your email';
    }
    setErrors(found);
    if (Object.keys(found).length) {
      return;
    }
    const input: UpdateProfileInput = {
      ...(name.trim() !== user.name ? { name: name.trim() } : {}),
      ...(timeZone !== user.timeZone ? { timeZone } : {}),
      ...(isEmailChanged ? { email: email.trim(), currentPassword } : {}),
    };
    if (!Object.keys(input).length) {
      notify({ color: 'gray', message: 'Nothing to save: nothing changed.' });

      return;
    }
    try {
      await updateProfile(input);
      setCurrentPassword('');
      notify({ color: 'green', message: 'Profile saved.' });
    } catch (error) {
      const apiError = toApiError(error);
      const field = FIELDS.find((candidate) => candidate === apiError.field);
      if (field) {
        setErrors({ [field]: apiError.message });
      } else {
        setFormError(apiError.message);
      }
    }
  };

  return (
    <form
      onSubmit={(event) => void handleSubmit(event)}
      noValidate
      aria-label="Profile"
    >
      <Stack gap="md">
        {formError ? (
          <Alert color="red" title="Could not save your profile" role="alert">
            {formError}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label="Name"
            required
            maxLength={200}
            value={name}
            error={errors.name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              clear('name');
            }}
          />
          <TextInput
            label="Email"
            description="You sign in with it, and emails go to it"
            type="email"
            required
            maxLength={254}
            value={email}
            error={errors.email}
            onChange={(event) => {
              setEmail(event.currentTarget.value);
              clear('email');
            }}
          />
          <TimeZoneSelect
            value={timeZone}
            error={errors.timeZone}
            onChange={(zone) => {
              setTimeZone(zone);
              clear('timeZone');
            }}
          />
          {isEmailChanged ? (
            <PasswordInput
              label="Current password"
              description="Needed to change the email you sign in with"
              value={currentPassword}
              error={errors.currentPassword}
              onChange={(event) => {
                setCurrentPassword(event.currentTarget.value);
                clear('currentPassword');
              }}
            />
          ) : null}
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={isSaving}>
            Save profile
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
