import type { ReactNode } from 'react';
import { PasswordInput } from '@mantine/core';

import { PASSWORD_POLICY_HINT } from '@panelwise/shared-util';

export type NewPasswordInputProps = {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  error?: ReactNode;
};

/** A password being chosen: the policy as its hint, and the browser offers to generate one. */
export function NewPasswordInput({
  label,
  name,
  value,
  onChange,
  error,
}: NewPasswordInputProps) {
  return (
    <PasswordInput
      label={label}
      name={name}
      autoComplete="new-password"
      description={PASSWORD_POLICY_HINT}
      required
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}
