import { type FormEvent, useState } from 'react';
import { Alert, Button, Stack, TextInput } from '@mantine/core';

import {
  passwordProblem,
  passwordProblemMessage,
} from '@panelwise/shared-util';

import { NewPasswordInput } from '@web/modules/shared/components/NewPasswordInput';
import { browserTimeZone } from '@web/modules/shared/utils/timeZoneDisplay';
import { TimeZoneSelect } from '@web/modules/shared/components/TimeZoneSelect';
import { useCompleteSetup } from '@web/modules/onboarding/hooks/useCompleteSetup';
import { type ApiError, toApiError } from '@web/modules/shared/utils/apiError';
import { withoutFieldError } from '@web/modules/shared/utils/fieldErrors';

export type SetupFormProps = {
  onCompleted: () => void;
  /** Someone else finished setup first: the page is gone. */
  onAlreadySetUp: () => void;
};

const FIELDS = [
  'setupToken',
  'teamName',
  'name',
  'email',
  'password',
  'timeZone',
] as const;
type Field = (typeof FIELDS)[number];
type FieldErrors = Partial<Record<Field, string>>;

function isField(field: string | undefined): field is Field {
  return FIELDS.includes(field as Field);
}

function isAlreadySetUp(error: ApiError): boolean {
  return error.code === 'CONFLICT' && !error.field;
}

export function SetupForm({ onCompleted, onAlreadySetUp }: SetupFormProps) {
  const { completeSetup, isCompleting } = useCompleteSetup();
  const [values, setValues] = useState<Record<Field, string>>({
    setupToken: '',
    teamName: '',
    name: '',
    email: '',
    password: '',
    timeZone: browserTimeZone(),
  });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const setValue = (field: Field) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setFieldErrors((current) => withoutFieldError(current, field));
  };

  const validate = (): FieldErrors => {
    const problem = passwordProblem(values.password, values.email.trim());

    return {
      setupToken: values.setupToken.trim()
        ? undefined
        : 'Enter the setup token from the server log',
      teamName: values.teamName.trim() ? undefined : 'Name your team',
      name: values.name.trim() ? undefined : 'Enter your name',
      email: /^\S+@\S+\.\S+$/.test(values.email.trim())
        ? undefined
        : 'Enter your email address',
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
      await completeSetup({
        setupToken: values.setupToken.trim(),
        teamName: values.teamName.trim(),
        name: values.name.trim(),
        email: values.email.trim(),
        password: values.password,
        timeZone: values.timeZone,
      });
      onCompleted();
    } catch (error) {
      const apiError = toApiError(error);
      if (isAlreadySetUp(apiError)) {
        onAlreadySetUp();
      } else if (isField(apiError.field)) {
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
      aria-label="Set up Panelwise"
    >
      <Stack gap="md">
        {formError ? (
          <Alert color="red" title="Setup failed" role="alert">
            {formError}
          </Alert>
        ) : null}
        <TextInput
          label="Setup token"
          description="Printed in the server log when Panelwise started (or the SETUP_TOKEN you set)"
          name="setupToken"
          autoComplete="off"
          spellCheck={false}
          required
          value={values.setupToken}
          onChange={(event) =>
            setValue('setupToken')(event.currentTarget.value)
          }
          error={fieldErrors.setupToken}
        />
        <TextInput
          label="Team name"
          name="teamName"
          autoComplete="organization"
          required
          value={values.teamName}
          onChange={(event) => setValue('teamName')(event.currentTarget.value)}
          error={fieldErrors.teamName}
        />
        <TextInput
          label="Your name"
          name="name"
          autoComplete="name"
          required
          value={values.name}
          onChange={(event) => setValue('name')(event.currentTarget.value)}
          error={fieldErrors.name}
        />
        <TextInput
          label="Email"
          type="email"
          name="email"
          autoComplete="username"
          required
          value={values.email}
          onChange={(event) => setValue('email')(event.currentTarget.value)}
          error={fieldErrors.email}
        />
        <NewPasswordInput
          label="Choose a password"
          name="password"
          value={values.password}
          onChange={(value) => setValue('password')(value)}
          error={fieldErrors.password}
        />
        <TimeZoneSelect
          value={values.timeZone}
          onChange={setValue('timeZone')}
          error={fieldErrors.timeZone}
        />
        <Button type="submit" loading={isCompleting} fullWidth>
          Create team and sign in
        </Button>
      </Stack>
    </form>
  );
}
