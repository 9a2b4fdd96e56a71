import { type FormEvent, useState } from 'react';
import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';

import {
  passwordProblem,
  passwordProblemMessage,
} from '@panelwise/shared-util';

import { NewPasswordInput } from '@web/modules/shared/components/NewPasswordInput';
import { useChangePassword } from '@web/modules/account/hooks/useChangePassword';
import { toApiError } from '@web/modules/shared/utils/apiError';
import { withoutFieldError } from '@web/modules/shared/utils/fieldErrors';

export type ChangePasswordFormProps = {
  /** The signed-in user's email: the policy refuses it as a password. */
  email: string;
};

type Field = 'currentPassword' | 'newPassword' | 'confirmPassword';
type FieldErrors = Partial<Record<Field, string>>;

function isField(field: string | undefined): field is Field {
  return field === 'currentPassword' || field === 'newPassword';
}

export function ChangePasswordForm({ email }: ChangePasswordFormProps) {
  const { changePassword, isChanging } = useChangePassword();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isChanged, setIsChanged] = useState(false);

  const validate = (): FieldErrors => {
    const problem = passwordProblem(newPassword, email);

    return {
      currentPassword: currentPassword
        ? undefined
        : 'Enter your current password',
      newPassword: problem ? passwordProblemMessage(problem) : undefined,
      confirmPassword:
        confirmPassword === newPassword
          ? undefined
          : 'The two new passwords do not match',
    };
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    setIsChanged(false);
    const errors = validate();
    setFieldErrors(errors);
    if (Object.values(errors).some(Boolean)) {
      return;
    }
    try {
      await changePassword({ currentPassword, newPassword });
      setCurrentPassword('');
      setNewPassword('');
      setConfirmPassword('');
      setIsChanged(true);
    } catch (error) {
      const apiError = toApiError(error);
      if (isField(apiError.field)) {
        setFieldErrors({ [apiError.field]: apiError.message });
      } else {
        setFormError(apiError.message);
      }
    }
  };

  return (
    <form
      onSubmit={(event) => void handleSubmit(event)}
      noValidate
      aria-label="Change password"
    >
      <Stack gap="md" maw={420}>
        {isChanged ? (
          <Alert color="green" title="Password changed" role="status">
            Your other browsers and devices have been signed out; this one stays
            signed in.
          </Alert>
        ) : null}
        {formError ? (
          <Alert color="red" title="Could not change the password" role="alert">
            {formError}
          </Alert>
        ) : null}
        <PasswordInput
          label="Current password"
          name="currentPassword"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(event) => {
            setCurrentPassword(event.currentTarget.value);
            setFieldErrors((current) =>
              withoutFieldError(current, 'currentPassword'),
            );
          }}
          error={fieldErrors.currentPassword}
        />
        <NewPasswordInput
          label="New password"
          name="newPassword"
          value={newPassword}
          onChange={(value) => {
            setNewPassword(value);
            setFieldErrors((current) =>
              withoutFieldError(current, 'newPassword', 'confirmPassword'),
            );
          }}
          error={fieldErrors.newPassword}
        />
        <PasswordInput
          label="Confirm new password"
          name="confirmPassword"
          autoComplete="new-password"
          required
          value={confirmPassword}
          onChange={(event) => {
            setConfirmPassword(event.currentTarget.value);
            setFieldErrors((current) =>
              withoutFieldError(current, 'confirmPassword'),
            );
          }}
          error={fieldErrors.confirmPassword}
        />
        <Group>
          <Button type="submit" loading={isChanging}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
