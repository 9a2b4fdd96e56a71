import { TextInput } from '@mantine/core';

export type EditorNameFieldProps = {
  value: string;
  error?: string;
  onChange: (name: string) => void;
};

/** The required name of what an editor saves (a kit, a rubric), 200 characters at most. */
export function EditorNameField({
  value,
  error,
  onChange,
}: EditorNameFieldProps) {
  return (
    <TextInput
      label="Name"
      required
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      maxLength={200}
    />
  );
}
