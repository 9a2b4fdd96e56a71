import { type FormEvent, useState } from 'react';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';

import { useSignIn } from '@web/modules/auth/hooks/useSignIn';
import { toApiError } from '@web/modules/shared/utils/apiError';
import { withoutFieldError } from '@web/modules/shared/utils/fieldErrors';

export type LoginFormProps = {
  onSignedIn: () => void;
};

type FieldErrors = { email?: string; password?: string };

export function LoginForm({ onSignedIn }: LoginFormProps) {
  const { signIn, isSigningIn } = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing: FieldErrors = {
      email: email.trim() ? undefined : 'Enter your email address',
      password: password ? undefined : 'Enter your password',
    };
    setFieldErrors(missing);
    setFormError(null);
    if (missing.email || missing.password) {
      return;
    }
    try {
      await signIn({ email: email.trim(), password });
      onSignedIn();
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.field === 'email' || apiError.field === 'password') {
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
      aria-label="Sign in"
    >
      <Stack gap="md">
        {formError ? (
          <Alert color="red" title="Sign-in failed" role="alert">
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
          onChange={(event) => {
            setEmail(event.currentTarget.value);
            setFieldErrors((current) => withoutFieldError(current, 'email'));
          }}
          error={fieldErrors.email}
        />
        <PasswordInput
          label="Password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => {
            setPassword(event.currentTarget.value);
            setFieldErrors((current) => withoutFieldError(current, 'password'));
          }}
          error={fieldErrors.password}
        />
        <Button type="submit" loading={isSigningIn} fullWidth>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
