import { type FormEvent, useState } from 'react';
import { Alert, Button, Stack } from '@mantine/core';

import {
  passwordProblem,
  passwordProblemMessage,
} from '@panelwise/shared-util';

import { NewPasswordInput } from '@web/modules/shared/components/NewPasswordInput';
import type { PasswordResetPreview } from '@web/modules/account-recovery/hooks/usePasswordResetPreview';
import { useResetPassword } from '@web/modules/account-recovery/hooks/useResetPassword';
import { toApiError } from '@web/modules/shared/utils/apiError';

export type ResetPasswordFormProps = {
  token: string;
  preview: PasswordResetPreview;
  onReset: () => void;
};

export function ResetPasswordForm({
  token,
  preview,
  onReset,
}: ResetPasswordFormProps) {
  const { resetPassword, isResetting } = useResetPassword();
  const [password, setPassword] = useState('');
  const [passwordError, setPasswordError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const problem = passwordProblem(password, preview.email);
    setPasswordError(problem ? passwordProblemMessage(problem) : undefined);
    if (problem) {
      return;
    }
    try {
      await resetPassword({ token, newPassword: password });
      onReset();
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.field === 'newPassword') {
        setPasswordError(apiError.message);
      } else {
        setFormError(apiError.message);
      }
    }
  };

  return (
    <form
      onSubmit={(event) => void handleSubmit(event)}
      noValidate
      aria-label="Choose a new password"
    >
      <Stack gap="md">
        {formError ? (
          <Alert color="red" title="Could not set the password" role="alert">
            {formError}
          </Alert>
        ) : null}
        <NewPasswordInput
          label="New password"
          name="newPassword"
          value={password}
          onChange={(value) => setPassword(value)}
          error={passwordError}
        />
        <Button type="submit" loading={isResetting} fullWidth>
          {preview.purpose === 'SIGN_IN_LINK'
            ? 'Set password and sign in'
            : 'Change password and sign in'}
        </Button>
      </Stack>
    </form>
  );
}
