import { type FormEvent, useState } from 'react';
import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';

import { useRequestPasswordReset } from '@web/modules/account-recovery/hooks/useRequestPasswordReset';
import { toApiError } from '@web/modules/shared/utils/apiError';

/** Asks for a reset link. The answer never says whether the address has an account. */
export function ForgotPasswordForm() {
  const { requestPasswordReset, isRequesting } = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const address = email.trim();
    setEmailError(address ? undefined : 'Enter your email address');
    if (!address) {
      return;
    }
    try {
      await requestPasswordReset(address);
      setSentTo(address);
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.field === 'email') {
        setEmailError(apiError.message);
      } else {
        setFormError(apiError.message);
      }
    }
  };

  if (sentTo) {
    return (
      <Alert color="teal" title="Check your email" role="status">
        <Text size="sm">
          If an account exists for {sentTo}, we sent it a link to choose a new
          password. The link works once and expires soon. No email? Check the
          spam folder, or ask a coordinator of your team.
        </Text>
      </Alert>
    );
  }

  return (
    <form
      onSubmit={(event) => void handleSubmit(event)}
      noValidate
      aria-label="Reset password"
    >
      <Stack gap="md">
        {formError ? (
          <Alert color="red" title="Could not send the link" role="alert">
            {formError}
          </Alert>
        ) : null}
        <TextInput
          label="Email"
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={emailError}
        />
        <Button type="submit" loading={isRequesting} fullWidth>
          Email me a reset link
        </Button>
      </Stack>
    </form>
  );
}
