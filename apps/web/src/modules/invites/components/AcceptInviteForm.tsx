import { type FormEvent, useState } from 'react';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';

import {
  passwordProblem,
  passwordProblemMessage,
} from '@panelwise/shared-util';

import { NewPasswordInput } from '@web/modules/shared/components/NewPasswordInput';
import { useAcceptInvite } from '@web/modules/invites/hooks/useAcceptInvite';
import type { InvitePreview } from '@web/modules/invites/hooks/useInvitePreview';
import { browserTimeZone } from '@web/modules/shared/utils/timeZoneDisplay';
import { TimeZoneSelect } from '@web/modules/shared/components/TimeZoneSelect';
import { toApiError } from '@web/modules/shared/utils/apiError';
import { withoutFieldError } from '@web/modules/shared/utils/fieldErrors';

export type AcceptInviteFormProps = {
  token: string;
  preview: InvitePreview;
  onAccepted: () => void;
};

type Field = 'name' | 'password' | 'timeZone';
type FieldErrors = Partial<Record<Field, string>>;

function isField(field: string | undefined): field is Field {
  return field === 'name' || field === 'password' || field === 'timeZone';
}

export function AcceptInviteForm({
  token,
  preview,
  onAccepted,
}: AcceptInviteFormProps) {
  const { acceptInvite, isAccepting } = useAcceptInvite();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [timeZone, setTimeZone] = useState(browserTimeZone);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const isNewAccount = !preview.hasAccount;

  const validate = (): FieldErrors => {
    if (!isNewAccount) {
      return {
        password: password ? undefined : 'Enter the password of your account',
      };
    }

    const problem = passwordProblem(password, preview.email);

    return {
      name: name.trim() ? undefined : 'Enter your name',
      password: problem ? passwordProblemMessage(problem) : undefined,
    };
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const errors = validate();
    setFieldErrors(errors);
    if (Object.values(errors).some(Boolean)) {
      return;
    }
    try {
      await acceptInvite(
        isNewAccount
          ? { token, password, name: name.trim(), timeZone }
          : { token, password },
      );
      onAccepted();
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
      aria-label="Accept invite"
    >
      <Stack gap="md">
        {formError ? (
          <Alert color="red" title="Could not join the team" role="alert">
            {formError}
          </Alert>
        ) : null}
        {isNewAccount ? (
          <>
            <TextInput
              label="Your name"
              name="name"
              autoComplete="name"
              required
              value={name}
              onChange={(event) => {
                setName(event.currentTarget.value);
                setFieldErrors((current) => withoutFieldError(current, 'name'));
              }}
              error={fieldErrors.name}
            />
            <NewPasswordInput
              label="Choose a password"
              name="password"
              value={password}
              onChange={(value) => {
                setPassword(value);
                setFieldErrors((current) =>
                  withoutFieldError(current, 'password'),
                );
              }}
              error={fieldErrors.password}
            />
            <TimeZoneSelect
              value={timeZone}
              onChange={(zone) => {
                setTimeZone(zone);
                setFieldErrors((current) =>
                  withoutFieldError(current, 'timeZone'),
                );
              }}
              error={fieldErrors.timeZone}
            />
          </>
        ) : (
          <PasswordInput
            label="Password"
            name="password"
            autoComplete="current-password"
            description={`You already have a Panelwise account as ${preview.email}`}
            required
            value={password}
            onChange={(event) => {
              setPassword(event.currentTarget.value);
              setFieldErrors((current) =>
                withoutFieldError(current, 'password'),
              );
            }}
            error={fieldErrors.password}
          />
        )}
        <Button type="submit" loading={isAccepting} fullWidth>
          {isNewAccount ? 'Create account and join' : 'Join team'}
        </Button>
      </Stack>
    </form>
  );
}
